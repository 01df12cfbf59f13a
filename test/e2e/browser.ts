// Chromium for the browser tests: @sparticuz/chromium's build (SwiftShader WebGL), driven by playwright-core.
import chromium from '@sparticuz/chromium';
import { chromium as playwright, type Browser } from 'playwright-core';

export async function launchBrowser(): Promise<Browser> {
  const executablePath = await chromium.executablePath();
  const args = [...chromium.args.filter((a) => !a.startsWith('--headless')), '--disable-background-networking', '--no-first-run', '--disable-component-update', '--disable-sync'];
  return playwright.launch({ executablePath, args, headless: true });
}
