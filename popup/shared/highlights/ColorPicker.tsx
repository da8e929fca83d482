/** The highlight colours as a radio group: arrow keys move between them, each has a spoken name. */
import { t } from '../../../src/platform/i18n';
import { ANNOTATION_COLORS, type AnnotationColor } from '../../../src/core/annotations/colors';

type Props = { value: AnnotationColor; onChange: (c: AnnotationColor) => void; name: string };

export function ColorPicker({ value, onChange, name }: Props) {
  return (
    <div class="hl-colors" role="radiogroup" aria-label={t('hlColor')}>
      {ANNOTATION_COLORS.map((c) => (
        <label key={c} class={`hl-swatch hl-c-${c}`} title={t(`color_${c}`)}>
          <input type="radio" name={name} value={c} checked={value === c} onChange={() => onChange(c)} aria-label={t(`color_${c}`)} data-testid={`hl-color-${c}`} />
        </label>
      ))}
    </div>
  );
}
