import { checkAttachment, MAX_ATTACHMENT_BYTES } from './attachment';

const PDF = Buffer.from('%PDF-1.7\n...');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]);
const EXE = Buffer.from('MZ\x90\x00');

describe('attachment checks', () => {
  it('accepts allowed types whose content matches the extension', () => {
    expect(checkAttachment('报告.pdf', PDF)).toMatchObject({ ok: true, mimeType: 'application/pdf' });
    expect(checkAttachment('photo.PNG', PNG)).toMatchObject({ ok: true, mimeType: 'image/png' });
    expect(checkAttachment('台账.xlsx', ZIP)).toMatchObject({ ok: true, extension: 'xlsx' });
    expect(checkAttachment('old.doc', OLE)).toMatchObject({ ok: true, extension: 'doc' });
  });

  it('refuses unknown extensions, renamed files and empty files', () => {
    expect(checkAttachment('tool.exe', EXE)).toEqual({ ok: false, problem: 'type-not-allowed' });
    expect(checkAttachment('tool.pdf', EXE)).toEqual({ ok: false, problem: 'content-mismatch' });
    expect(checkAttachment('photo.jpg', PNG)).toEqual({ ok: false, problem: 'content-mismatch' });
    expect(checkAttachment('noext', PDF)).toEqual({ ok: false, problem: 'type-not-allowed' });
    expect(checkAttachment('a.pdf', Buffer.alloc(0))).toEqual({ ok: false, problem: 'empty' });
  });

  it('refuses files over 10 MB and accepts exactly 10 MB', () => {
    const big = Buffer.alloc(MAX_ATTACHMENT_BYTES + 1);
    PDF.copy(big);
    expect(checkAttachment('big.pdf', big)).toEqual({ ok: false, problem: 'too-large' });
    expect(checkAttachment('edge.pdf', big.subarray(0, MAX_ATTACHMENT_BYTES)).ok).toBe(true);
  });
});
