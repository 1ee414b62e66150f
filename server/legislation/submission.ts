import { randomUUID } from 'node:crypto'
import { rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx'
import { submitsFor } from '../../src/core/legislation/access'
import type { LegislationEvent } from '../../src/core/legislation/schemas'
import { errors } from '../../src/core/errors'
import type { ExportResult } from '../../src/core/stats/exports'
import { shanghaiDay } from '../../src/core/time'
import type { FnContext } from '../runtime/context'
import { keepExport } from '../stats/exports'
import { consultationRow } from './consultations-repository'
import { opinionsOf, recordSubmission, submissionFigures } from './opinions-repository'

type Of<A extends LegislationEvent['action']> = Extract<LegislationEvent, { action: A }>

const HEADER = ['条款', '原文', '修改建议', '理由', '来源']

const cell = (text: string, bold = false) => new TableCell({ children: text.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, bold })] })) })

/** The document a contact point sends the asking body: a cover with the figures, then a table of its opinions, article by article. */
export function submissionDocument(f: {
  title: string
  askedBy: string
  point: string
  day: string
  figures: { comments: number; people: number; forums: number; opinions: number }
  opinions: { articleLabel: string | null; original: string | null; text: string; reason: string; people: number; entered: number }[]
}): Document {
  const rows = [
    new TableRow({ tableHeader: true, children: HEADER.map((h) => cell(h, true)) }),
    ...f.opinions.map(
      (o) =>
        new TableRow({
          children: [
            cell(o.articleLabel ?? '总体意见'), cell(o.original ?? ''), cell(o.text), cell(o.reason),
            cell(`${o.people} 位群众${o.entered ? `（其中 ${o.entered} 条由工作人员记录）` : ''}`),
          ],
        }),
    ),
  ]
  return new Document({
    creator: f.point,
    title: `关于《${f.title}》的修改意见`,
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun(`关于《${f.title}》的修改意见`)] }),
          new Paragraph({ children: [new TextRun(`${f.askedBy}：`)] }),
          new Paragraph({
            children: [new TextRun(`${f.point}按照征求意见的要求，组织群众逐条阅读草案并提出意见${f.figures.forums ? `，召开座谈会 ${f.figures.forums} 场` : ''}，共收到意见 ${f.figures.comments} 条，来自 ${f.figures.people} 人，归纳整理形成修改建议 ${f.opinions.length} 条，现报送如下。`)],
          }),
          new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun(`${f.point}　${f.day}`)] }),
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }),
        ],
      },
    ],
  })
}

/**
 * `legislation submission` (the office, or the point's own staff): the point's opinions (and the
 * office's own) as a .docx for the asking body, kept for its asker a day; the day it was sent is recorded.
 */
export async function writeSubmission(ctx: FnContext, e: Of<'submission'>): Promise<ExportResult> {
  const user = await ctx.requireUser()
  const { db } = ctx.services
  const today = shanghaiDay(ctx.services.now())
  const c = await consultationRow(db, { id: e.id }, today)
  if (!c || c.status === 'draft') throw errors.notFound.consultation()
  const point = c.points.find((p) => p.code === e.stationCode)
  if (!point) throw errors.validation.points()
  if (!submitsFor(user, c, point.id)) throw errors.forbidden.opinionWork()
  const opinions = await opinionsOf(db, c.id, point.id)
  const doc = submissionDocument({ title: c.title, askedBy: c.askedBy, point: point.name, day: today, figures: await submissionFigures(db, c.id), opinions })
  const id = randomUUID()
  const file = join(tmpdir(), `submission-${id}.docx`)
  try {
    await writeFile(file, await Packer.toBuffer(doc))
    const kept = await keepExport(ctx.services, user, {
      id, file, ext: 'docx', kind: 'legislation', name: `${point.name}关于《${c.title}》的修改意见.docx`, rows: opinions.length, detail: `${point.name}对《${c.title}》的修改意见 ${opinions.length} 条`,
    })
    await recordSubmission(db, c.id, point.id, user.id)
    return kept
  } finally {
    await rm(file, { force: true })
  }
}
