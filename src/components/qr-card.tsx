import { Image, Text, View } from '@tarojs/components'
import { Button } from './button'
import { useState } from 'react'
import { errorMessage } from '../services/api/call'
import { mediaSrc, previewPhotos, saveImage } from '../services/media'
import { toast } from '../services/platform'
import type { ShownCode } from '../core/scene'
import { alt } from './a11y'

interface Props {
  /** Asks the server for the code (made on first ask, then kept). */
  load(): Promise<ShownCode>
  label: string
  caption: string
  /** A poster: shown whole, with a button that saves it to the album (the file name it downloads as in a browser). */
  saveAs?: string
}

/** A deputy's or station's 码上说事 code, or a deputy's poster, to show, save (long-press in the preview) or print. */
export function QrCard({ load, label, caption, saveAs }: Props) {
  const [code, setCode] = useState<ShownCode | null>(null)
  const url = code?.url
  const [loading, setLoading] = useState(false)
  const show = async () => {
    setLoading(true)
    try {
      setCode(await load())
    } catch (e) {
      toast(errorMessage(e))
    } finally {
      setLoading(false)
    }
  }
  return (
    <View className='card'>
      {url ? (
        <View className='qr-card'>
          {code?.warning && <Text className='error-text qr-warning'>{code.warning}</Text>}
          {/* The poster's box has its proportions (A4) in app.css: Taro's H5 widthFix keeps a default height. */}
          <Image
            {...alt(caption ? `${label.replace(/^生成/, '')}：${caption}` : label.replace(/^生成/, ''))}
            className={saveAs ? 'qr-card__poster' : 'qr-card__image'}
            src={mediaSrc(url)}
            mode='scaleToFill'
            showMenuByLongpress
            onClick={() => previewPhotos([url], url)}
          />
          <Text className='muted'>{caption}</Text>
          {saveAs && (
            <Button className='btn btn--primary save-poster' onClick={() => saveImage(url, saveAs).then((problem) => toast(problem ?? '已保存', problem ? 'none' : 'success'))}>
              保存到相册
            </Button>
          )}
        </View>
      ) : (
        <Button className='btn btn--ghost show-qr' loading={loading} disabled={loading} onClick={show}>
          {label}
        </Button>
      )}
    </View>
  )
}
