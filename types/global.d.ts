/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.css'

/** Build-time constants from config/index.ts. */
declare const API_BASE: string
declare const USE_CLOUD: boolean
declare const CLOUD_ENV: string

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test'
    TARO_ENV: 'weapp' | 'h5'
  }
}
