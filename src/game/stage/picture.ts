/**
 * What the stage shows for a request at a size: the setting's two layers and the customer's
 * portrait in their box. Pure (strings and numbers), shared by the Phaser stage and the still
 * pictures that stand in for it until Phaser is in, so both draw the same person in the same place.
 */
import { figureFor, portraitSvg } from '../portrait.ts';
import { scenerySvg, type SettingId } from '../scenery/index.ts';
import { customerBox, type Box } from './layout.ts';
import type { AngerMood, BeliefMood, ConfusionMood, Outcome } from '../../core/vocabulary.ts';

/** What to draw: the customer's look, their moods now, and how it ended. */
export interface PortraitRequest {
  figure?: string | undefined;
  age?: number | undefined;
  /** Picks a stable figure when the scenario names none. */
  seed: string;
  anger: AngerMood;
  confusion: ConfusionMood;
  belief?: BeliefMood | undefined;
  outcome?: Outcome | undefined;
  /** How they took the last reply: a posture that plays as the new face arrives. */
  reaction?: 'heated' | 'calmer' | 'same' | undefined;
  /** The place behind the customer. */
  setting?: SettingId | undefined;
  /** What a screen reader says for the picture. */
  label: string;
}

/** What the screens ask of a stage: the Phaser one, or the still pictures standing in before it. */
export interface StageView {
  showCustomer(request: PortraitRequest): void;
  /** Re-measures after the layout around the stage changed. */
  refresh(): void;
}

export interface StagePicture {
  /** The setting behind and in front of the customer, SVG documents of the stage's CSS size. */
  back: string;
  front: string;
  /** The customer's portrait (SVG document) and where it stands, in CSS pixels. */
  customer: string;
  box: Box;
}

/** The pictures for `request` on a stage of `w` × `h` CSS pixels. */
export function stagePicture(request: PortraitRequest, w: number, h: number): StagePicture {
  const scenery = scenerySvg(request.setting ?? 'counter', w, h);
  return { back: scenery.back, front: scenery.front, customer: customerSvg(request, true), box: customerBox(w, h, scenery.floor) };
}

/** The customer of `request` as an SVG document; `bare` leaves out the mood-coloured card behind them. */
export function customerSvg(request: Omit<PortraitRequest, 'label'>, bare = false): string {
  return portraitSvg({
    figure: figureFor(request.figure, request.seed),
    ...(request.age !== undefined ? { age: request.age } : {}),
    anger: request.anger,
    confusion: request.confusion,
    ...(request.belief ? { belief: request.belief } : {}),
    ...(request.outcome ? { outcome: request.outcome } : {}),
    bare,
  });
}
