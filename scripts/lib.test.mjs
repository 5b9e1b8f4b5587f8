// `node --test scripts/` (npm run test:scripts): keepRunning restarts a process that ends, says
// why, gives up when it keeps ending, and stopPortal stops it without a restart.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { test } from 'node:test';
import { describeExit, keepRunning, stopPortal } from './lib.mjs';

const sleeper = () => spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
const crasher = () => spawn(process.execPath, ['-e', 'process.exit(3)'], { stdio: 'ignore' });

function captureErrors() {
  const lines = [];
  const original = console.error;
  console.error = (line) => lines.push(line);
  return { lines, restore: () => (console.error = original) };
}

test('describeExit names the code or the signal', () => {
  assert.equal(describeExit(1, null), 'exited with code 1');
  assert.equal(describeExit(null, 'SIGKILL'), 'was killed by SIGKILL');
});

test('a killed process is started again, with a line saying why; stopPortal ends it for good', async () => {
  const errors = captureErrors();
  try {
    const worker = keepRunning('worker', sleeper, { backoffMs: 50 });
    const first = worker.child;
    first.kill('SIGKILL');
    await once(first, 'exit');
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.notEqual(worker.child, first);
    assert.equal(worker.child.exitCode, null);
    assert.deepEqual(errors.lines, ['✖ worker was killed by SIGKILL; restarting it in 0.05 s']);
    const second = worker.child;
    await stopPortal([worker], null);
    assert.equal(second.signalCode, 'SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(worker.child, second, 'no restart after stopPortal');
    assert.equal(errors.lines.length, 1);
  } finally {
    errors.restore();
  }
});

test('gives up after maxCrashes ends within the window', async () => {
  const errors = captureErrors();
  try {
    let starts = 0;
    const gaveUp = new Promise((resolve) => {
      keepRunning(
        'worker',
        () => {
          starts += 1;
          return crasher();
        },
        { backoffMs: 10, maxCrashes: 3, onGiveUp: resolve },
      );
    });
    await gaveUp;
    assert.equal(starts, 3);
    assert.equal(errors.lines.length, 3);
    assert.equal(errors.lines[2], '✖ worker exited with code 3; it ended 3 times within 60 s, giving up');
  } finally {
    errors.restore();
  }
});
