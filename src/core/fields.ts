import { z } from 'zod'
import { PLACE_NAME_MAX, textLength, tooShort, wordChars } from './limits'
import { MEDIA_LIMITS } from './media/limits'
import { CODE_PATTERN } from './scene'

/** Field schemas the event schemas are built from, each with its Chinese message. */

/** A deputy's or station's code, as its QR scene carries it. */
export const code = (what: string) => z.string({ error: `缺少${what}编码` }).regex(CODE_PATTERN, { error: `${what}编码格式不正确` })

const isCalendarDay = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
}

/** A calendar day, YYYY-MM-DD, that exists. */
export const day = (what: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${what}格式应为 YYYY-MM-DD` })
    // A day that exists: not 2025-02-30.
    .refine(isCalendarDay, { error: `${what}不是一个有效的日期` })

/** One of the district's categories (the server checks which). */
export const category = z.string({ error: '请选择类别' }).trim().min(1, { error: '请选择类别' }).max(20)

export const uuid = (what: string) => z.uuid({ error: `${what}格式不正确` })


/** A text of at least `min` 字 (letters or digits) and at most `max` characters, an emoji counting one. */
export const text = (what: string, min: number, max: number) =>
  z
    .string({ error: `请填写${what}` })
    .trim()
    .superRefine((s, ctx) => {
      if (wordChars(s) < Math.max(min, 1)) ctx.addIssue({ code: 'custom', message: tooShort(what, min, s) })
    })
    .refine((s) => textLength(s) <= max, { error: `${what}不能超过 ${max} 个字` })

export const location = z.object({
  latitude: z.number({ error: '位置纬度不正确' }).min(-90).max(90),
  longitude: z.number({ error: '位置经度不正确' }).min(-180).max(180),
  name: z.string().trim().max(PLACE_NAME_MAX, { error: `地点名称不能超过 ${PLACE_NAME_MAX} 个字` }).optional(),
  address: z.string().trim().max(PLACE_NAME_MAX, { error: `地址不能超过 ${PLACE_NAME_MAX} 个字` }).optional(),
})

export type CaseLocation = z.infer<typeof location>

/**
 * Where a person is, as their device tells it: GCJ-02 in the mini-program (WeChat's own), WGS-84
 * from a browser's geolocation; the server converts to GCJ-02, in which every place is kept.
 */
export const position = z.object({
  latitude: z.number({ error: '位置纬度不正确' }).min(-90, { error: '位置纬度不正确' }).max(90, { error: '位置纬度不正确' }),
  longitude: z.number({ error: '位置经度不正确' }).min(-180, { error: '位置经度不正确' }).max(180, { error: '位置经度不正确' }),
  coord: z.enum(['gcj02', 'wgs84'], { error: '坐标类型不正确' }).default('gcj02'),
})

export type Position = z.input<typeof position>
/** A position as parsed: its datum always named. */
export type Located = z.output<typeof position>

/** Attachments already uploaded, by their ids; how many of each kind the server checks. */
export const mediaIds = z
  .array(uuid('附件编号'))
  .max(MEDIA_LIMITS.photos + MEDIA_LIMITS.videos, { error: `最多添加 ${MEDIA_LIMITS.photos} 张照片和 ${MEDIA_LIMITS.videos} 段视频` })

/** Where a list continues: the opaque `cursor` a page of it answered with. */
export const cursor = z.string({ error: '翻页参数无效' }).max(200, { error: '翻页参数无效' }).optional()

/** An .xlsx sent in a call, as base64. A call's body is 1 MB at most: a workbook of 700 KB (base64 is a third longer), far above what a district imports. */
export const workbookFile = z
  .string({ error: '请选择要导入的 Excel 文件' })
  .min(1, { error: '请选择要导入的 Excel 文件' })
  .max(1_000_000, { error: 'Excel 文件不能超过 700 KB' })
  .regex(/^[A-Za-z0-9+/=]+$/, { error: '文件内容不正确' })
