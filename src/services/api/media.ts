import type { MediaItem } from '../../core/media/limits'
import { callFunction } from './call'

/** `media register`: a file uploaded to cloud storage becomes an attachment. */
export const registerUpload = (key: string) => callFunction<MediaItem>('media', { action: 'register', key })
