/** What a directory entry or a stat result can say about its type. */
interface FileType {
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
}

/**
 * The rejection sentence for an entry that is neither a regular file nor a folder.
 * Such entries are never opened: reading a FIFO blocks until a writer comes, and a
 * device can stream for ever.
 */
export function specialFileReason(type: FileType): string {
  const name = type.isFIFO() ? 'FIFO (named pipe)' : type.isSocket() ? 'socket' : type.isCharacterDevice() ? 'character device' : type.isBlockDevice() ? 'block device' : 'special file';
  return `Not a regular file: ${name}; only regular files are read.`;
}
