import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { maskIdNumber } from '@skillpay/domain';
import { AppConfig } from '../config/app-config';

const FORMAT = 'v1';

/** An ID number as it is compared: no spaces, upper-case check character. */
export function normaliseIdNumber(idNumber: string): string {
  return idNumber.replace(/\s+/g, '').toUpperCase();
}

/** What a row keeps of an ID number: never the number itself. */
export interface SealedIdNumber {
  cipher: string;
  hash: string;
  masked: string;
}

/**
 * Personal data at rest (PIPL art. 51: encryption): ID numbers are encrypted with AES-256-GCM,
 * bound to the row they belong to, and matched by a keyed hash (HMAC-SHA-256), so finding the same
 * person in two enterprises needs no decryption and a database copy alone reveals nothing. Both
 * keys are derived (HKDF-SHA-256) from PERSONAL_DATA_KEY.
 */
@Injectable()
export class PersonalDataCipher {
  private readonly encryptionKey: Buffer;
  private readonly lookupKey: Buffer;

  constructor(config: AppConfig) {
    this.encryptionKey = derive(config.personalDataKey, 'skillpay id number v1');
    this.lookupKey = derive(config.personalDataKey, 'skillpay id number lookup v1');
  }

  /** `rowId` binds the cipher text to its row: copied to another row it does not decrypt. */
  seal(rowId: string, idNumber: string): SealedIdNumber {
    const normalised = normaliseIdNumber(idNumber);
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.encryptionKey, iv);
    cipher.setAAD(Buffer.from(rowId));
    const ciphertext = Buffer.concat([cipher.update(normalised, 'utf8'), cipher.final()]);
    return {
      cipher: [
        FORMAT,
        ...[iv, ciphertext, cipher.getAuthTag()].map((part) => part.toString('base64url')),
      ].join('.'),
      hash: this.lookupHash(normalised),
      masked: maskIdNumber(normalised),
    };
  }

  /** Throws when the value was altered, belongs to another row or was sealed with another key. */
  open(rowId: string, stored: string): string {
    const [format, iv, ciphertext, tag] = stored.split('.');
    if (format !== FORMAT || !iv || !ciphertext || !tag) throw new Error('unknown cipher format');
    const decipher = createDecipheriv('aes-256-gcm', this.encryptionKey, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(rowId));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
  }

  /** The hex keyed hash the duplicate check compares. */
  lookupHash(idNumber: string): string {
    return createHmac('sha256', this.lookupKey).update(normaliseIdNumber(idNumber)).digest('hex');
  }
}

function derive(masterKey: string, info: string): Buffer {
  return Buffer.from(hkdfSync('sha256', masterKey, 'skillpay-personal-data', info, 32));
}
