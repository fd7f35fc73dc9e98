/**
 * Mermaid in headless chromium, for tests that render the report's picture
 * the way GitHub does. Offline: mermaid's browser bundle is injected from
 * node_modules, every network request is aborted, and chromium runs with a
 * fresh profile and its background services off.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian's chromium. */
export const CHROMIUM = '/usr/bin/chromium';

/** Path of mermaid's browser bundle, or undefined when mermaid is not installed. */
export function mermaidBundle(): string | undefined {
  try {
    const path = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** Why browser tests cannot run here (with `chromium` as the browser), or undefined when they can. Decided before any test is declared. */
export function browserUnavailable(chromium = CHROMIUM): string | undefined {
  if (!existsSync(chromium)) return `${chromium} is not installed`;
  if (!mermaidBundle()) return 'mermaid (devDependency) is not installed';
  try {
    createRequire(import.meta.url).resolve('playwright-core');
  } catch {
    return 'playwright-core (devDependency) is not installed';
  }
  return undefined;
}

/** What rendering one diagram gave: the SVG and the content of its `<text>` elements, one a line, or the error mermaid threw. */
export type RenderResult = { ok: true; svgText: string; svg: string } | { ok: false; error: string };

/** A page with mermaid loaded, rendering diagrams; `close` ends the browser and removes its profile. */
export interface MermaidPage {
  render(diagram: string): Promise<RenderResult>;
  close(): Promise<void>;
}

/** Launches chromium headless with mermaid loaded into a blank page. */
export async function openMermaidPage(): Promise<MermaidPage> {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'crosscheck-chromium-'));
  // Playwright takes the fresh profile as the persistent context's folder (it refuses a --user-data-dir argument).
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent('<!doctype html><html><body><div id="out"></div></body></html>');
    await page.addScriptTag({ path: mermaidBundle()! });
    await page.evaluate(() => {
      (globalThis as unknown as { mermaid: { initialize(c: object): void } }).mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
    });
    let n = 0;
    return {
      async render(diagram) {
        const id = `d${++n}`;
        return page.evaluate(
          async ({ id, diagram }) => {
            const m = (globalThis as unknown as { mermaid: { render(id: string, text: string): Promise<{ svg: string }> } }).mermaid;
            try {
              const { svg } = await m.render(id, diagram);
              const host = document.getElementById('out')!;
              host.innerHTML = svg;
              const text = [...host.querySelectorAll('text')].map((t) => t.textContent ?? '').join('\n');
              host.innerHTML = '';
              return { ok: true as const, svgText: text, svg };
            } catch (e) {
              return { ok: false as const, error: String(e instanceof Error ? e.message : e) };
            }
          },
          { id, diagram },
        );
      },
      async close() {
        await browser.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
    throw e;
  }
}
