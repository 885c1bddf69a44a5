import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RoundSectionProps } from '../../shared/round-sections';

/** On the round page: the way to the side-by-side compilation. */
export function CompilationSection({ roundId }: RoundSectionProps) {
  const { t } = useTranslation('compilation');
  return (
    <section className="card" aria-labelledby="compilation-section-title">
      <h2 id="compilation-section-title">{t('heading')}</h2>
      <p className="meta">{t('sectionIntro')}</p>
      <p>
        <Link to={`/rounds/${roundId}/compilation`}>{t('open')}</Link>
      </p>
    </section>
  );
}
