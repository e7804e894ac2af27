/**
 * `postinstall`: makes Next.js server-render the site's 404 when a page calls `notFound()`.
 *
 * Next 16.3 answers such a 404 with an empty error shell (`<html id="__next_error__">`: no `lang`, no
 * header, no text) and draws the site's not-found page only once JavaScript runs
 * (vercel/next.js#62228, open; the fix proposed upstream is vercel/next.js#98583). This applies the
 * same idea to the production runtime that `next start` loads for a Turbopack build: when the error
 * is a 404, the error payload renders the nearest `not-found.tsx` inside its layouts (the match's
 * tree cut below the deepest segment that has one) instead of the empty shell; if that fails, the
 * shell stays. patch-package would write the whole minified one-line file twice (1.4 MB): this
 * replaces one statement, checks it did, and does nothing when already applied.
 * Proven by tests/e2e/public-forms-junk.e2e.spec.ts ("junk in the address"). Remove it when Next
 * ships the fix.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const file = require.resolve('next/dist/compiled/next-server/app-page-turbo.runtime.prod.js')
const MARKER = '/*portail:not-found-ssr*/'
const SHELL =
  'let b=[u("html",{id:"__next_error__"},u("head",null),u("body",null,null)),{},null,!1,null],{GlobalError:S,styles:w}=await s1(e,t)'
// In getErrorRSCPayload(tree e, ctx t, error r, errorType n): s = getDynamicParamFromSegment, o = query,
// f = workStore, v = the router state, rk = createFlightRouterStateFromLoaderTree, nP = createComponentTree,
// rE.OG = the page segment's key.
const NEAREST_NOT_FOUND =
  'let b=[u("html",{id:"__next_error__"},u("head",null),u("body",null,null)),{},null,!1,null];' +
  MARKER +
  'if("not-found"===n)try{let nf=function keep(x){let c=x[1]&&x[1].children,inner=c?keep(c):null;' +
  'return inner?[x[0],{children:inner},x[2],x[3]]:x[2]&&x[2]["not-found"]?[x[0],{children:[rE.OG,{},{page:x[2]["not-found"]},null]},x[2],x[3]]:null}(e);' +
  'if(nf){let nv=await rk(nf,null,!1,t.renderOpts.cacheComponents,t.renderOpts.partialPrefetching,f.isStaticGeneration,t.renderOpts.isBuildTimePrerendering??!1,s,o);' +
  'b=await nP({ctx:t,loaderTree:nf,parentParams:{},parentOptionalCatchAllParamName:null,parentRuntimePrefetchable:!1,injectedCSS:new Set,injectedJS:new Set,' +
  'injectedFontPreloadTags:new Set,rootLayoutIncluded:!1,missingSlots:void 0,preloadCallbacks:[],authInterrupts:t.renderOpts.experimental.authInterrupts,MetadataOutlet:null});v=nv}}catch{}' +
  'let{GlobalError:S,styles:w}=await s1(e,t)'

const source = readFileSync(file, 'utf8')
if (source.includes(MARKER)) process.exit(0)
if (source.split(SHELL).length !== 2) {
  console.error(
    `patch-next-not-found: the statement to replace is not in ${file} (another Next.js version?). Update or remove this patch.`,
  )
  process.exit(1)
}
writeFileSync(file, source.replace(SHELL, NEAREST_NOT_FOUND))
console.log('patch-next-not-found: Next.js renders the nearest not-found page on the server (see the script).')
