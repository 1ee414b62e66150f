import Taro from '@tarojs/taro'

/** Local storage that survives a crash or a closed mini-program. */
export const storage = {
  get<T>(key: string): T | null {
    try {
      const v = Taro.getStorageSync(key)
      return v === '' || v === undefined || v === null ? null : (v as T)
    } catch {
      return null
    }
  },
  set(key: string, value: unknown): void {
    Taro.setStorageSync(key, value)
  },
  remove(key: string): void {
    Taro.removeStorageSync(key)
  },
}

/** The adapter zustand's persist middleware writes drafts through. */
export const persistStorage = {
  getItem: (key: string) => storage.get<string>(key),
  setItem: (key: string, value: string) => storage.set(key, value),
  removeItem: (key: string) => storage.remove(key),
}
