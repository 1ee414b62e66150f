import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { openDatabase } from '../server/db/database'
import { bootstrapAdmin } from '../server/identity/binding-codes'
import { isDomainError } from '../src/core/errors'

/**
 * `npm run admin -- bootstrap --district <name> --code <行政区划代码> --prefix <letters>`: the first
 * administrator of a district, on DATABASE_URL or the default data folder. The one-use code is
 * alone on the last line. The code (six digits) is the district's Open311 jurisdiction_id.
 */
async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { district: { type: 'string' }, code: { type: 'string' }, prefix: { type: 'string' } },
  })
  if (positionals[0] !== 'bootstrap' || !values.district?.trim() || !/^\d{6}$/.test(values.code ?? '') || !/^[A-Z]{1,6}$/.test(values.prefix ?? '')) {
    console.error('用法：npm run admin -- bootstrap --district <区名> --code <行政区划代码，6 位数字，如 140403> --prefix <诉求编号前缀，1–6 个大写字母>')
    process.exit(2)
  }
  const url = process.env.DATABASE_URL
  const db = await openDatabase(url ? { url } : { dataDir: resolve(__dirname, '..', process.env.DATA_DIR ?? '.data') })
  try {
    const made = await bootstrapAdmin(db, { name: values.district.trim(), code: values.code!, prefix: values.prefix! })
    console.log(`${made.districtCreated ? '已创建' : '已有'}行政区“${values.district.trim()}”。`)
    console.log(`系统管理员绑定码（一次有效，${made.expiresAt.slice(0, 10)} 前使用）：登录后在“我的 → 绑定工作身份”输入：`)
    console.log(made.code)
  } finally {
    await db.close()
  }
}

main().catch((e) => {
  console.error(isDomainError(e) ? e.message : e)
  process.exit(1)
})
