/** Speech to text where the platform offers it: WeChat's 同声传译 plugin, or the browser's SpeechRecognition. */
export interface Listening {
  stop(): void
}

export interface Hearing {
  /** What was heard, once the person stops. */
  onText(text: string): void
  /** Listening ended; with a problem to show when it failed. */
  onEnd(problem?: string): void
}

type Listen = (h: Hearing) => Listening

interface BrowserRecognition {
  lang: string
  interimResults: boolean
  continuous: boolean
  onresult: ((e: { results: ArrayLike<ArrayLike<{ transcript: string }> & { isFinal: boolean }> }) => void) | null
  onerror: ((e: { error: string }) => void) | null
  onend: (() => void) | null
  start(): void
  stop(): void
}

const WHY: Record<string, string> = {
  'not-allowed': '没有麦克风权限，请在浏览器设置中允许',
  'no-speech': '没有听清，请再说一次',
  network: '语音识别暂时不可用，请直接输入文字',
}

function browserListen(): Listen | null {
  const w = globalThis as unknown as { SpeechRecognition?: new () => BrowserRecognition; webkitSpeechRecognition?: new () => BrowserRecognition }
  const Recognition = w.SpeechRecognition ?? w.webkitSpeechRecognition
  if (!Recognition) return null
  return (h) => {
    const r = new Recognition()
    r.lang = 'zh-CN'
    r.interimResults = false
    r.continuous = true
    let problem: string | undefined
    r.onresult = (e) => {
      const said = Array.from(e.results).filter((x) => x.isFinal).map((x) => x[0].transcript).join('')
      if (said) h.onText(said)
    }
    r.onerror = (e) => (problem = WHY[e.error] ?? '没有听清，请再说一次')
    r.onend = () => h.onEnd(problem)
    r.start()
    return { stop: () => r.stop() }
  }
}

function wechatListen(): Listen | null {
  if (!WECHAT_SI) return null
  const manager = requirePlugin('WechatSI').getRecordRecognitionManager()
  return (h) => {
    manager.onStop = (res: { result: string }) => {
      if (res.result) h.onText(res.result)
      h.onEnd(res.result ? undefined : '没有听清，请再说一次')
    }
    manager.onError = () => h.onEnd('没有听清，请再说一次')
    manager.start({ lang: 'zh_CN', duration: 60_000 })
    return { stop: () => manager.stop() }
  }
}

/** How to listen here; null where there is no speech recognition (the button is then hidden). */
export const voiceInput = (): Listen | null => (process.env.TARO_ENV === 'weapp' ? wechatListen() : process.env.TARO_ENV === 'h5' ? browserListen() : null)
