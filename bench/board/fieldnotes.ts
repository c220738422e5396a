/**
 * Fieldnotes' side of the board benchmark: a project seeded with the benchmark's notes (through the benchmark
 * build's database handle: typing thousands of notes would take an hour), and the driver the shared script uses.
 */
import type { Page } from '@playwright/test';
import type { BoardDriver } from './driver';
import { noteText, notePosition } from './scene';

/** A project with one session holding `count` notes at the scene's positions; returns the board's hash route. */
export async function seedFieldnotes(page: Page, url: string, count: number): Promise<string> {
  await page.goto(url);
  await page.getByRole('button', { name: 'New project' }).click();
  await page.keyboard.type('Board bench');
  await page.keyboard.press('Enter');
  await page.getByLabel('Title').fill('Bench session');
  await page.getByLabel('Stakeholder group').selectOption({ label: 'Seniors' });
  await page.getByRole('button', { name: 'Create session' }).click();
  await page.getByRole('heading', { level: 1, name: 'Bench session' }).waitFor();
  const notes = Array.from({ length: count }, (_, i) => ({ text: noteText(i), ...notePosition(i) }));
  return page.evaluate(async (seed) => {
    type Table = {
      bulkPut(rows: unknown[]): Promise<unknown>;
      toArray(): Promise<{ id: string; projectId: string }[]>;
    };
    const { db } = (window as unknown as { __fieldnotesBench: { db: { notes: Table; sessions: Table } } })
      .__fieldnotesBench;
    const [session] = await db.sessions.toArray();
    const kinds = ['issue', 'asset', 'risk', 'idea', 'measure'];
    const base = Date.now() - seed.length * 1000;
    for (let start = 0; start < seed.length; start += 2000) {
      const chunk = [];
      for (let i = start; i < Math.min(seed.length, start + 2000); i++) {
        const at = new Date(base + i * 1000).toISOString();
        chunk.push({
          id: `bench-${String(i).padStart(5, '0')}`,
          projectId: session!.projectId,
          sessionId: session!.id,
          questionId: null,
          participantId: null,
          kind: kinds[i % kinds.length],
          text: seed[i]!.text,
          flags: { sensitive: false, doNotQuote: false, culturalProtocol: false },
          themeId: null,
          x: seed[i]!.x,
          y: seed[i]!.y,
          color: null,
          votes: 0,
          deleted: false,
          createdAt: at,
          updatedAt: at,
        });
      }
      await db.notes.bulkPut(chunk);
    }
    return `#/p/${session!.projectId}/board/${session!.id}`;
  }, notes);
}

export function fieldnotesDriver(page: Page): BoardDriver {
  const camera = () =>
    page.evaluate(() => {
      const layer = document.querySelector<HTMLElement>('.board-layer')!;
      const box = document.querySelector('.board-viewport')!.getBoundingClientRect();
      const match = /translate\(([-\d.e]+)px, ([-\d.e]+)px\) scale\(([-\d.e]+)\)/.exec(layer.style.transform)!;
      return { x: Number(match[1]), y: Number(match[2]), zoom: Number(match[3]), left: box.left, top: box.top };
    });
  return {
    name: 'fieldnotes',
    page,
    async toScreen(world) {
      const c = await camera();
      return { x: c.left + world.x * c.zoom + c.x, y: c.top + world.y * c.zoom + c.y };
    },
    async canvas() {
      return page.evaluate(() => {
        const box = document.querySelector('.board-viewport')!.getBoundingClientRect();
        return { x: box.left, y: box.top, width: box.width, height: box.height };
      });
    },
    async clearSelection() {
      await page.evaluate(() => document.querySelector<HTMLElement>('.board-viewport')!.focus());
      await page.keyboard.press('Escape');
    },
    selectedCount: () =>
      page.evaluate(() =>
        Number(
          /(\d+) notes? selected/.exec(
            document.querySelector('[data-testid="selection-count"]')?.textContent ?? '',
          )?.[1] ?? 0,
        ),
      ),
    async fitAll() {
      await page.evaluate(() => document.querySelector<HTMLElement>('.board-viewport')!.focus());
      await page.keyboard.press('0');
    },
    async setCamera(zoom) {
      await page.evaluate((z) => {
        type Controls = { apply(camera: { x: number; y: number; zoom: number }, commit?: boolean): void };
        (window as unknown as { __fieldnotesBoardCamera: Controls }).__fieldnotesBoardCamera.apply(
          { x: 40 - 40 * z, y: 40 - 40 * z, zoom: z },
          true,
        );
      }, zoom);
    },
  };
}
