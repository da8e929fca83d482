/**
 * An entity's articles on a time axis: one lane per position as written (or one lane of
 * articles for a project). A bar runs from the first to the last article of a lane, so a
 * position's tenure reads at a glance; each dot links to the stored copy, with its date
 * below, and its title shows on hover or keyboard focus.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../src/platform/i18n';
import { wallDate } from '../shared/dates';
import { labelled, timeScale } from './timeline-scale';

/** One article on a lane. */
export type LanePoint = { articleId: string; title: string; siteName: string | null; date: string; publishedAt: string | null; caption?: string };

/** One lane: its label (a position as written) and its articles, oldest first. */
export type Lane = { key: string; label: string; muted?: boolean; points: LanePoint[] };

type Props = { lanes: Lane[]; kind: string; label: string };
type Active = { lane: number; point: number };

const R = 6;

/** The date shown for a point: its published day, or "clipped" when the article gives none. */
export function pointDate(p: LanePoint): string {
  return p.publishedAt ? wallDate(p.publishedAt) : t('clippedOn', wallDate(p.date));
}

export function Timeline({ lanes, kind, label }: Props) {
  const track = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(600);
  const [active, setActive] = useState<Active | null>(null);

  useEffect(() => {
    const el = track.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setWidth(Math.max(240, el.clientWidth)));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const inner = width - 2 * (R + 40); // room for a date label centred on an edge point
  const scale = timeScale(lanes.flatMap((l) => l.points.map((p) => Date.parse(p.date))), inner);
  const px = (time: number) => R + 40 + scale.x(time);
  const hasCaptions = lanes.some((l) => l.points.some((p) => p.caption));
  const cy = hasCaptions ? 26 : 14;
  const height = cy + 30;

  return (
    <div class={`timeline ${kind}`} role="group" aria-label={label} data-testid="timeline">
      {lanes.map((lane, li) => {
        const xs = lane.points.map((p) => px(Date.parse(p.date)));
        const show = labelled(xs);
        const first = xs[0]!;
        const last = xs.at(-1)!;
        return (
          <div class={`lane ${lane.muted ? 'muted' : ''}`} key={lane.key} data-testid="timeline-lane" data-role={lane.label}>
            <div class="lane-label">{lane.label}</div>
            <div class="lane-track" ref={li === 0 ? track : undefined}>
              <svg width={width} height={height}>
                {scale.ticks.map((tick) => (
                  <line key={tick.time} class="grid" x1={px(tick.time)} x2={px(tick.time)} y1={0} y2={height} />
                ))}
                <line class="rail" x1={0} x2={width} y1={cy} y2={cy} />
                {last > first && <line class="tenure" x1={first} x2={last} y1={cy} y2={cy} />}
                {lane.points.map((p, pi) => (
                  <a
                    key={p.articleId}
                    href={`article.html?id=${encodeURIComponent(p.articleId)}`}
                    class="point"
                    aria-label={`${pointDate(p)} — ${p.title}`}
                    onMouseEnter={() => setActive({ lane: li, point: pi })}
                    onMouseLeave={() => setActive(null)}
                    onFocus={() => setActive({ lane: li, point: pi })}
                    onBlur={() => setActive(null)}
                    data-testid="timeline-point"
                  >
                    <circle cx={xs[pi]} cy={cy} r={R + 6} class="hit" />
                    <circle cx={xs[pi]} cy={cy} r={R} class="dot" />
                    {p.caption && show[pi] && (
                      <text x={xs[pi]} y={cy - 12} class="caption">
                        {p.caption}
                      </text>
                    )}
                    {show[pi] && (
                      <text x={xs[pi]} y={cy + 22} class="date">
                        {pointDate(p)}
                      </text>
                    )}
                  </a>
                ))}
              </svg>
              {active?.lane === li && <Tip point={lane.points[active.point]!} left={xs[active.point]!} width={width} top={cy} />}
            </div>
          </div>
        );
      })}
      <div class="lane axis">
        <div class="lane-label" />
        <svg width={width} height={20} aria-hidden="true">
          {scale.ticks.map((tick) => (
            <text key={tick.time} x={px(tick.time)} y={14} class="tick">
              {tick.label}
            </text>
          ))}
        </svg>
      </div>
    </div>
  );
}

/** The hovered or focused article: its title, site and date. */
function Tip({ point, left, width, top }: { point: LanePoint; left: number; width: number; top: number }) {
  // Kept inside the track: anchored left of the point near the right edge.
  const style = left > width - 260 ? { right: `${width - left - 14}px`, top: `${top + 14}px` } : { left: `${Math.max(0, left - 14)}px`, top: `${top + 14}px` };
  return (
    <div class="tip" role="tooltip" style={style} data-testid="timeline-tip">
      <strong>{point.title}</strong>
      <span>{[point.siteName, pointDate(point)].filter(Boolean).join(' · ')}</span>
    </div>
  );
}
