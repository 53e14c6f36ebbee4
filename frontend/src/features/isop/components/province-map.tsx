import type { MouseEvent } from 'react';
import { useId } from 'react';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { REGIONS, type Region } from '@/lib/taxonomy';
import styles from './isop.module.css';

/**
 * Simplified outlines of the twelve provinces, drawn by hand in a 300 x 380 box (north up): recognisable, not a
 * survey map, and no map tiles from elsewhere. `x`/`y` is where the count goes.
 */
const SHAPES: Record<Region, { points: string; x: number; y: number }> = {
  GRONINGEN: { points: '180,45 205,20 265,22 275,65 235,85 185,80', x: 228, y: 55 },
  FRIESLAND: { points: '95,40 180,30 185,80 180,100 120,105 100,80', x: 140, y: 70 },
  DRENTHE: { points: '180,100 185,80 235,85 275,70 275,125 235,135 195,130', x: 232, y: 108 },
  OVERIJSSEL: { points: '160,120 195,130 235,135 275,125 280,175 230,185 185,175 160,160', x: 222, y: 155 },
  FLEVOLAND: { points: '120,110 180,100 195,130 160,120 160,160 130,160 115,140', x: 148, y: 130 },
  NOORD_HOLLAND: { points: '70,60 95,50 100,80 110,120 115,150 105,175 80,180 72,130', x: 90, y: 125 },
  UTRECHT: { points: '105,175 115,150 130,160 150,170 150,200 120,210 100,200', x: 125, y: 185 },
  GELDERLAND: { points: '150,170 160,160 185,175 230,185 280,175 270,230 220,235 170,225 150,200', x: 210, y: 205 },
  ZUID_HOLLAND: { points: '40,180 80,180 105,175 100,200 120,210 115,235 60,240 35,215', x: 75, y: 212 },
  ZEELAND: { points: '10,245 60,240 70,265 60,290 15,290 5,265', x: 35, y: 270 },
  NOORD_BRABANT: { points: '60,240 115,235 120,210 150,200 170,225 220,235 215,280 160,285 100,290 60,290 70,265', x: 140, y: 260 },
  LIMBURG: { points: '215,280 220,235 240,240 235,290 245,330 225,370 200,360 205,320 195,290', x: 222, y: 310 },
};

interface ProvinceMapProps {
  counts: Record<string, number>;
  selected: string | undefined;
  /** The address of the register with this province chosen (or none, to choose it off). */
  href: (province: string | undefined) => string;
  onChoose: (province: string | undefined) => void;
}

/**
 * The register by province as an inline SVG: each province a link (focusable, Enter follows it) named with its number
 * of schools; the chosen one is marked and choosing it again shows the whole country.
 */
export function ProvinceMap({ counts, selected, href, onChoose }: ProvinceMapProps) {
  const { t } = useI18n();
  const id = useId();
  function choose(event: MouseEvent, province: string | undefined) {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    onChoose(province);
  }
  return (
    <section className={styles.map} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('isop.mapTitle')}</h2>
      <p id={`${id}-hint`}>{t('isop.mapHint')}</p>
      <svg viewBox="0 0 290 380" role="group" aria-labelledby={`${id}-title`} aria-describedby={`${id}-hint`}>
        {REGIONS.map((province) => {
          const shape = SHAPES[province];
          const count = counts[province] ?? 0;
          const current = selected === province;
          const name = t(`taxonomy.regions.${province}`);
          const next = current ? undefined : province;
          return (
            <a
              key={province}
              href={href(next)}
              aria-label={t('isop.mapProvince', { province: name, count })}
              aria-current={current ? 'true' : undefined}
              className={styles.province}
              data-count={count > 0 ? 'some' : 'none'}
              onClick={(event) => choose(event, next)}
            >
              <polygon points={shape.points} />
              <text x={shape.x} y={shape.y} aria-hidden="true">
                {count}
              </text>
            </a>
          );
        })}
      </svg>
    </section>
  );
}
