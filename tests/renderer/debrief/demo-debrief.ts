// The fixed merged result the debrief tests share: the demo exercise's signed sample sheets,
// merged by core exactly as the debrief workspace merges them.

import { type Demo, buildDemo } from '../../../core/demo';
import { mergeSheets } from '../../../core/merge/merge';
import { type VerifiedPackage, readPackage } from '../../../core/package/package';
import { type DebriefData, debriefData } from '../../../renderer/src/features/debrief/debrief-model';

export interface DemoDebrief {
  demo: Demo;
  pkg: VerifiedPackage;
  data: DebriefData;
}

let cached: Promise<DemoDebrief> | null = null;

/** The demo, its verified package and the debrief data of its merged sample sheets (built once per file). */
export function demoDebrief(): Promise<DemoDebrief> {
  cached ??= (async () => {
    const demo = await buildDemo();
    const pkg = await readPackage(demo.packageBytes);
    const bytes = demo.sheets.map((s) => s.bytes);
    const decision = mergeSheets({ pkg, sheets: bytes });
    return { demo, pkg, data: debriefData(pkg.exercise, decision, bytes) };
  })();
  return cached;
}

/** A labeller by name, as the deck uses by default. */
export function byName(data: DebriefData): (memberId: string) => string {
  return (memberId) => data.exercise.panel.find((m) => m.id === memberId)?.name ?? memberId;
}
