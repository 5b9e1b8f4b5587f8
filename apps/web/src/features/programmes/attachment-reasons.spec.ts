import { fileReasons } from './attachment-reasons';

describe('fileReasons', () => {
  it('joins the reason given for each refused file', () => {
    expect(
      fileReasons([
        { field: 'files[0]', message: '文件“a.exe”的类型不允许' },
        { field: 'note', message: '进展情况不能为空' },
        { field: 'files[2]', message: '文件“b.pdf”超过 10 MB' },
      ]),
    ).toBe('文件“a.exe”的类型不允许；文件“b.pdf”超过 10 MB');
  });

  it('is null when no file was refused', () => {
    expect(fileReasons([{ field: 'note', message: '进展情况不能为空' }])).toBeNull();
    expect(fileReasons([])).toBeNull();
  });
});
