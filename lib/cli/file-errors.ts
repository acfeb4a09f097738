// What a failed file-system call means to a person, in a few words; the code itself when it is rare.

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  ELOOP: 'symbolic link loop',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  ENAMETOOLONG: 'file name too long',
};

export function fileErrorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return (code && REASONS[code]) ?? `cannot read (${code ?? String(error)})`;
}
