/**
 * Where uploads live: CloudBase storage in the cloud (keys are fileIDs), a folder on disk
 * served by the host locally. Every key carries its uploader's user id, so nobody can
 * attach another person's file.
 */
export interface MediaStore {
  /** Whether this person uploaded the object at key. */
  ownedBy(key: string, userId: string): boolean
  /** The whole file, or null when nothing is stored there. */
  read(key: string): Promise<Buffer | null>
  /** The file to read parts of (inspection reads headers, not whole videos); null when nothing is stored there. */
  source(key: string): Promise<ByteSource | null>
  /** Where the app loads each object from. */
  urls(keys: readonly string[]): Promise<Map<string, string>>
  remove(key: string): Promise<void>
  /** Stores bytes the server made (a QR code); answers the key they are kept under. */
  put(path: string, bytes: Buffer): Promise<string>
  /** Stores a file the server wrote on local disk (an export), streamed rather than read whole; answers its key. */
  putFile(path: string, file: string): Promise<string>
}

/** Where the app loads one object from; null when the store has no address for it. */
export async function urlOf(store: MediaStore, key: string): Promise<string | null> {
  return (await store.urls([key])).get(key) ?? null
}

/** The folder every upload of one person goes to, in either store. */
export const uploadFolder = (userId: string) => `media/${userId}`

/** A stored file read in parts. */
export interface ByteSource {
  size: number
  read(start: number, length: number): Promise<Buffer>
  close(): Promise<void>
}

/** A file already in memory (cloud storage hands over whole files), read in parts without copying. */
export const bufferSource = (bytes: Buffer): ByteSource => ({
  size: bytes.length,
  read: async (start, length) => bytes.subarray(start, start + length),
  close: async () => undefined,
})
