// mp4box ships its typings for node16/bundler resolution only; this project resolves as node10,
// so the little of it that server/media/inspect.ts uses is declared here.
declare module 'mp4box' {
  interface Movie {
    duration: number
    timescale: number
  }
  type MP4BoxBuffer = ArrayBuffer & { fileStart: number }
  interface ISOFile {
    onReady?: (info: Movie) => void
    onError?: (module: string, message: string) => void
    appendBuffer(buffer: MP4BoxBuffer): number
    flush(): void
  }
  export function createFile(): ISOFile
  export const MP4BoxBuffer: { fromArrayBuffer(buffer: ArrayBuffer, fileStart: number): MP4BoxBuffer }
}
