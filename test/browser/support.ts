import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { TestServer } from '../support/test-server';
import { graphql } from '../graphql';

/**
 * Debian's Chromium (`apt-get install chromium fonts-noto-cjk`; .ci/run installs them), driven by
 * playwright-core: no browser is ever downloaded. Playwright gives every launch a fresh, empty
 * profile (user-data-dir) of its own.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `no Chromium at ${CHROMIUM}: apt-get install -y chromium fonts-noto-cjk (as .ci/run does), or set CHROMIUM_PATH`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // As root (CI) Chromium needs --no-sandbox; the rest keep it off the closed network.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

/**
 * A browser context as a person far from China would have it: the console must show and take China
 * time whatever the browser's own zone.
 */
export function newContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  return browser.newContext({
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'America/Los_Angeles',
    viewport: { width: 1440, height: 900 },
  });
}

/** The user agent of WeChat's in-app browser on an Android phone: the phone pages are opened from WeChat links. */
export const WECHAT_USER_AGENT =
  'Mozilla/5.0 (Linux; Android 14; V2309A Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) ' +
  'Version/4.0 Chrome/130.0.6723.103 Mobile Safari/537.36 XWEB/1300289 MMWEBSDK/20241103 MMWEBID/2611 ' +
  'MicroMessenger/8.0.55.2780(0x28003737) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64';

/** A phone as the field pages meet it: 375 × 667 CSS px, touch, WeChat's browser, far from China. */
export function newPhoneContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  return browser.newContext({
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'America/Los_Angeles',
    viewport: { width: 375, height: 667 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    userAgent: WECHAT_USER_AGENT,
  });
}

/** How far the page scrolls sideways (0 when nothing is wider than the viewport). */
export function horizontalOverflow(page: Page): Promise<number> {
  // Strings, as in motionsSettled: this project's TypeScript has no DOM types; the browser runs them.
  return settledReading(
    page,
    'document.documentElement.scrollWidth - document.documentElement.clientWidth',
  ) as Promise<number>;
}

/**
 * Evaluates `expression` until two readings 200 ms apart agree (at most 5 s), and returns the last:
 * a sheet or popup still zooming or sliding in measures otherwise than it ends up. (Not
 * motionsSettled: antd can leave a finished motion's class behind, e.g. a button's loading icon.)
 */
async function settledReading(page: Page, expression: string): Promise<unknown> {
  let last = JSON.stringify(await page.evaluate(expression));
  for (let waited = 0; waited < 5_000; waited += 200) {
    await page.waitForTimeout(200);
    const now = JSON.stringify(await page.evaluate(expression));
    if (now === last) return JSON.parse(now) as unknown;
    last = now;
  }
  return JSON.parse(last) as unknown;
}

/**
 * The visible tap targets smaller than 44 × 44 CSS px (Apple's and WCAG 2.5.5's minimum), each as
 * `tag "text" W×H`: buttons, links, form controls, tabs and antd's checkbox/radio/switch wrappers.
 * Native checkboxes and radios that antd hides under their wrappers are judged by the wrapper; an
 * input inside a larger control (antd's affix wrapper, select, picker) by that control.
 */
export async function smallTapTargets(page: Page, minimum = 44): Promise<string[]> {
  const selector = [
    'button',
    'a[href]',
    '[role=button]',
    '[role=tab]',
    'input:not([type=hidden]):not([type=checkbox]):not([type=radio])',
    'select',
    'textarea',
    '.ant-select',
    '.ant-checkbox-wrapper',
    '.ant-radio-wrapper',
    '.ant-radio-button-wrapper',
    '.ant-switch',
  ].join(',');
  return (await settledReading(
    page,
    `(() => {
    const min = ${minimum};
    const found = [];
    for (const element of document.querySelectorAll(${JSON.stringify(selector)})) {
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden' || style.opacity === '0') continue;
      const control = element.closest('.ant-input-affix-wrapper, .ant-select, .ant-picker, .ant-input-number');
      const judged = control && control !== element ? control.getBoundingClientRect() : box;
      if (judged.width + 0.5 < min || judged.height + 0.5 < min) {
        const text = (element.innerText || element.getAttribute('aria-label') || element.getAttribute('placeholder') || '')
          .trim()
          .slice(0, 20);
        found.push(element.tagName.toLowerCase() + ' "' + text + '" ' + Math.round(judged.width) + '×' + Math.round(judged.height));
      }
    }
    return found;
  })()`,
  )) as string[];
}

/** Where failed steps leave their screenshots (printed in the failure). */
export const SCREENSHOT_DIR = path.join(
  os.tmpdir(),
  'console-browser-tests',
  new Date().toISOString().replace(/[:.]/g, '-'),
);

let shot = 0;

/**
 * Runs one step of a test; when it fails, a screenshot of the page is saved and its path added to
 * the error, so the failure shows what the browser showed.
 */
export async function step<T>(page: Page, name: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const file = path.join(
      SCREENSHOT_DIR,
      `${String(++shot).padStart(2, '0')}-${name.replace(/[^\w\u4e00-\u9fff-]+/g, '_')}.png`,
    );
    let saved = `screenshot: ${file}`;
    try {
      await page.screenshot({ path: file, fullPage: true });
    } catch (screenshotError) {
      saved = `no screenshot (${String(screenshotError)})`;
    }
    const message = `step "${name}" failed at ${page.url()} — ${saved}`;
    if (error instanceof Error) {
      error.message = `${message}\n${error.message}`;
      // Jest prints the stack, which was written with the old message: put the step's line in it too.
      if (error.stack) error.stack = `${message}\n${error.stack}`;
      throw error;
    }
    throw new Error(`${message}\n${String(error)}`);
  }
}

/** `2019-07-01 09:00`: an instant as China time, worked out independently of the console's code. */
export function chinaTime(iso: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** The China date `days` after today's. */
export function chinaDay(days: number): string {
  const date = new Date(Date.now() + 8 * 3600_000 + days * 86_400_000);
  return date.toISOString().slice(0, 10);
}

/** Saves a PNG for the docs (docs/console/) when CONSOLE_DOCS_SCREENSHOTS is set. */
export async function docsScreenshot(page: Page, name: string): Promise<void> {
  if (!process.env.CONSOLE_DOCS_SCREENSHOTS) return;
  const dir = path.resolve(__dirname, '../../docs/console');
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`) });
}

/** Fills the login page and waits until the console has taken the person past it. */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.locator('#login_username').fill(username);
  await page.locator('#login_password').fill(password);
  await page.locator('form#login button[type=submit]').click();
  await page.waitForURL((url) => url.pathname !== '/login', { timeout: 15_000 });
}

/** Signed in as `username` and on `path` with its first rendering under way. */
export async function openAs(page: Page, username: string, password: string, path: string): Promise<void> {
  await signIn(page, username, password);
  if (new URL(page.url()).pathname !== path) await page.goto(path);
}

/**
 * A coordinator account of another city's union (青岛 by default), made through the API by the test
 * server's provincial admin: each screen's test signs in as it and finds none of 济南's data.
 */
export async function otherCityCoordinator(
  server: Pick<TestServer, 'gql'>,
  unitName = '青岛市教育工会',
): Promise<{ username: string; password: string; unitName: string; unitId: string }> {
  const found = await server.gql(
    graphql(`
      query SupportUnits($s: String) {
        units(filter: { search: $s }) {
          edges {
            node {
              id
            }
          }
        }
      }
    `),
    {
      s: unitName,
    },
  );
  const unitId: string = found.data!.units.edges[0]!.node.id;
  const account = { username: `other-${unitId}`, password: `${unitId}-coordinator-pw`, unitName, unitId };
  const created = await server.gql(
    graphql(`
      mutation SupportCreateAccount($input: CreateAccountInput!) {
        createAccount(input: $input) {
          id
        }
      }
    `),
    {
      input: {
        username: account.username,
        password: account.password,
        displayName: `${unitName}协调员`,
        role: 'UNIT_COORDINATOR',
        unitId,
      },
    },
  );
  if (created.errors) throw new Error(`createAccount: ${JSON.stringify(created.errors)}`);
  return account;
}

/**
 * Picks the option with this text in the antd Select whose input has this id, and checks that it
 * took (the select then shows the text; a searchable one shows it without a title attribute): under
 * load a click can land while the dropdown still opens, or on a form field that moved. Three tries.
 */
export async function chooseOption(page: Page, inputId: string, text: string): Promise<void> {
  const select = page.locator('.ant-select', { has: page.locator(`#${inputId}`) });
  for (let attempt = 1; ; attempt++) {
    await select.click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text })
      .first()
      .click({ timeout: 5000 })
      .catch(() => undefined);
    const taken = await select
      .filter({ hasText: text })
      .waitFor({ timeout: 2000 })
      .then(() => true)
      .catch(() => false);
    if (taken) return;
    if (attempt >= 3) throw new Error(`could not choose ${text} in #${inputId}`);
    await page.keyboard.press('Escape');
  }
}

/**
 * Waits until antd's opening and closing animations (a modal's zoom, a drawer's slide) are over: on a
 * loaded machine a click sent while a dialog still moves can miss its button.
 */
export async function motionsSettled(page: Page): Promise<void> {
  // A string: this project's TypeScript has no DOM types; the browser runs it. Only elements that are
  // shown count: a hidden popup left with a "-leave" class (seen on a loaded machine) blocks nothing.
  const moving = `[...document.querySelectorAll('[class*="-appear"], [class*="-enter"], [class*="-leave"]')]
    .filter((e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
    .map((e) => e.className)`;
  try {
    await page.waitForFunction(`${moving}.length === 0`, undefined, { timeout: 15_000 });
  } catch (error) {
    const still = (await page.evaluate(moving).catch(() => [])) as string[];
    throw new Error(`still moving after 15 s: ${JSON.stringify(still)} (${String(error)})`);
  }
}
