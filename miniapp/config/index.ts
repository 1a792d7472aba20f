import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin'
import devConfig from './dev'
import prodConfig from './prod'

/**
 * 网格助手小程序. One source tree, two targets, each in its own folder
 * (dist/weapp for WeChat devtools, dist/h5 served by the API under /app).
 *
 * API base URL: h5 calls the same origin (`/api/...`); weapp needs an absolute
 * https origin registered in the mini-program console, set at build time with
 * GRIDMATE_API_BASE and overridable at run time on the login page (stored as `apiBase`).
 */
const WEAPP_API_BASE = process.env.GRIDMATE_API_BASE || 'https://gridmate.example.cn'
/** The server's label tables (core/taxonomy, core/workflow/states) are compiled into both targets. */
const SHARED_CORE = path.resolve(__dirname, '../../core')

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'gridmate-miniapp',
    date: '2026-11-22',
    // Write CSS in plain px for a 375-wide phone; weapp turns it into rpx, h5 into rem.
    designWidth: 375,
    deviceRatio: {
      640: 2.34 / 2,
      750: 1,
      375: 2,
      828: 1.81 / 2
    },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: [],
    defineConstants: {
      WEAPP_API_BASE: JSON.stringify(WEAPP_API_BASE)
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      compile: { include: [SHARED_CORE] },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } }
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
      }
    },
    h5: {
      compile: { include: [SHARED_CORE] },
      // Served by the API at /app/ ; hash routing gives /app/#/pages/...
      publicPath: '/app/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[hash:8].js',
        chunkFilename: 'js/[name].[chunkhash:8].js'
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css'
      },
      postcss: {
        pxtransform: { enable: true, config: { baseFontSize: 20, maxRootSize: 20, minRootSize: 20 } },
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } }
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
      }
    }
  }

  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig)
  }
  return merge({}, baseConfig, prodConfig)
})
