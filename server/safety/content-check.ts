import type { Verdict } from '../../src/core/safety/types'

/** WeChat's scenes for a check: 1 资料, 2 评论, 3 论坛, 4 社交日志. */
export type CheckScene = 1 | 2 | 3 | 4

/** A check's answer, with why (matched words, a label) for the person who reviews it. */
export interface TextVerdict {
  verdict: Verdict
  why: string[]
}

/**
 * The content-check port: WeChat's content security in the cloud (adapters/wechat). A host
 * without it checks against the word list alone (words.ts), which runs everywhere.
 */
export interface ContentCheck {
  text(p: { text: string; scene: CheckScene; openid: string }): Promise<TextVerdict>
  /** Starts an asynchronous picture check; WeChat pushes the result later, naming the trace id answered here. */
  image(p: { url: string; scene: CheckScene; openid: string }): Promise<{ traceId: string }>
}

const RANK: Record<Verdict, number> = { pass: 0, review: 1, risky: 2 }

/** The sterner of two verdicts, with both reasons. */
export const sterner = (a: TextVerdict, b: TextVerdict): TextVerdict => ({
  verdict: RANK[a.verdict] >= RANK[b.verdict] ? a.verdict : b.verdict,
  why: [...a.why, ...b.why],
})
