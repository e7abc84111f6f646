/** Short content hashes for sync: 64 bits of SHA-256 tell versions of one post apart with room to spare. */
import { createHash } from 'node:crypto';

export const shortHash = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16);
