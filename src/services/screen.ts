import Taro from '@tarojs/taro'

/** A desk: the browser on a computer (an office's or an admin's), wide enough for a table. */
export const isDesk = (): boolean => process.env.TARO_ENV === 'h5' && Taro.getWindowInfo().windowWidth >= 1024
