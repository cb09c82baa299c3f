// Page object for the editor: user-level actions (click the palette, drag between lanes …) and
// reads of the stored document through the e2e test hook.
import { expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { ProcessDocument } from '../../../src/model';
import type { FlowlaneTestHook } from '../../../src/app/testHook';

declare global {
  interface Window {
    __flowlane: FlowlaneTestHook;
  }
}

export class EditorPage {
  constructor(readonly page: Page) {}

  /** Opens a new, empty process (`#/new`), as the library's "New process" does. */
  async goto(query = '') {
    await this.page.goto(`/${query}#/new`);
    await this.waitForEditor();
  }

  /** Waits until a stored process is open in the editor. */
  async waitForEditor() {
    await expect(this.page.getByTestId('canvas')).toBeVisible();
    await this.page.waitForFunction(() => !!window.__flowlane?.isOpen());
  }

  /** The toolbar's saved / saving / not saved indicator (its state is in data-status). */
  saveStatus(): Locator {
    return this.page.getByTestId('save-status');
  }

  /**
   * Waits until every change is stored: the autosave state (read through the test hook, which sees
   * an edit at once, unlike the indicator that React redraws a moment later), then the indicator.
   */
  async waitUntilSaved() {
    await this.page.waitForFunction(() => window.__flowlane.saveStatus() === 'saved');
    await expect(this.saveStatus()).toHaveAttribute('data-status', 'saved');
  }

  doc(): Promise<ProcessDocument> {
    return this.page.evaluate(() => window.__flowlane.getDocument());
  }

  async load(doc: unknown) {
    const issues = await this.page.evaluate((d) => window.__flowlane.loadDocument(d), doc);
    expect(issues).toEqual([]);
  }

  /** A lane's header, by the lane's name. */
  laneHeader(name: string): Locator {
    return this.page.locator('.fl-lane-header').filter({ has: this.page.locator('.fl-lane-name', { hasText: new RegExp(`^${name}$`) }) });
  }

  /** A step on the canvas, by its exact label. */
  node(label: string): Locator {
    return this.page.locator('.react-flow__node').filter({ has: this.page.locator('.fl-label', { hasText: new RegExp(`^${escape(label)}$`) }) });
  }

  paletteItem(name: string | RegExp): Locator {
    return this.page.locator('.fl-palette').getByRole('button', { name });
  }

  /** Types into the in-place editor that adding something opens, and confirms with Enter. */
  async typeLabel(text: string) {
    const editor = this.page.locator('.fl-inline-editor');
    await expect(editor).toBeFocused();
    await this.page.keyboard.insertText(text);
    await this.page.keyboard.press('Enter');
    await expect(editor).toHaveCount(0);
  }

  /** Drags from a node's connection handle onto another node. */
  async connect(from: string, to: string) {
    const source = this.node(from);
    await source.hover();
    const handle = source.locator('.react-flow__handle-right');
    const a = await handle.boundingBox();
    const b = await this.node(to).boundingBox();
    if (!a || !b) throw new Error('node not visible');
    await this.page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 8 });
    await this.page.mouse.up();
  }

  /** Drags a node by its body so that its centre lands over the given lane's band. */
  async dragNodeIntoLane(label: string, laneName: string) {
    const box = await this.node(label).boundingBox();
    const lane = await this.page.locator('.fl-lane', { has: this.laneHeader(laneName) }).boundingBox();
    if (!box || !lane) throw new Error('not visible');
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + box.width / 2 + 20, lane.y + lane.height / 2, { steps: 12 });
    await this.page.mouse.up();
  }

  finding(code: string): Locator {
    return this.page.getByTestId('check-panel').locator(`[data-code="${code}"]`);
  }

  /** Loads a document from tests/fixtures and shows all of it. */
  async loadFixture(name: string) {
    const path = new URL(`../../fixtures/${name}.json`, import.meta.url);
    await this.load(JSON.parse(readFileSync(path, 'utf8')));
    await this.fit();
  }

  /** The canvas control "show the whole process" (instant, unlike the animated Shift+1). */
  async fit() {
    await this.page.locator('.react-flow__controls-fitview').click();
    // Two frames later the new viewport is on screen, so measuring positions is safe.
    await this.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  }

  historySize(): Promise<number> {
    return this.page.evaluate(() => window.__flowlane.historySize());
  }

  selection() {
    return this.page.evaluate(() => window.__flowlane.getSelection());
  }

  /** A step on the canvas, by its id. */
  nodeById(id: string): Locator {
    return this.page.locator(`.react-flow__node[data-id="${id}"]`);
  }

  /** A lane's whole band (header and body), by the lane's name. */
  lane(name: string): Locator {
    return this.page.locator('.fl-lane', { has: this.laneHeader(name) });
  }

  /** Lane names in the order they appear on screen, top to bottom. */
  async visibleLaneOrder(): Promise<string[]> {
    const names = this.page.locator('.fl-lane-name');
    const boxes = await Promise.all((await names.all()).map(async (n) => ({ name: await n.innerText(), y: (await n.boundingBox())?.y ?? 0 })));
    return boxes.sort((a, b) => a.y - b.y).map((b) => b.name);
  }

  /** The canvas pan and zoom, read from React Flow's viewport transform. */
  async viewport(): Promise<{ x: number; y: number; zoom: number }> {
    return this.page.locator('.react-flow__viewport').evaluate((el) => {
      const m = new DOMMatrixReadOnly(getComputedStyle(el).transform);
      return { x: m.e, y: m.f, zoom: m.a };
    });
  }

  /** Screen point of a canvas (flow) point. */
  async toScreen(p: { x: number; y: number }): Promise<{ x: number; y: number }> {
    const box = await this.page.locator('.react-flow').boundingBox();
    const v = await this.viewport();
    if (!box) throw new Error('canvas not visible');
    return { x: box.x + v.x + p.x * v.zoom, y: box.y + v.y + p.y * v.zoom };
  }

  /** Presses the mouse at `from`, moves to `to` in steps and releases it. */
  async drag(from: { x: number; y: number }, to: { x: number; y: number }, steps = 10) {
    await this.page.mouse.move(from.x, from.y);
    await this.page.mouse.down();
    await this.page.mouse.move(to.x, to.y, { steps });
    await this.page.mouse.up();
  }

  /** Scrolls the canvas far away, so that nothing of the process is on screen. */
  async scrollAway() {
    const box = await this.page.locator('.react-flow').boundingBox();
    if (!box) throw new Error('canvas not visible');
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await this.page.mouse.wheel(4000, 4000);
  }

  /** Whether an element's box overlaps the visible canvas. */
  async isOnScreen(element: Locator): Promise<boolean> {
    const canvas = await this.page.locator('.react-flow').boundingBox();
    const box = await element.boundingBox();
    if (!canvas || !box) return false;
    return box.x < canvas.x + canvas.width && box.x + box.width > canvas.x && box.y < canvas.y + canvas.height && box.y + box.height > canvas.y;
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
