// Importing the exercise package the secretariat sent: pick or drop the .panelpkg file,
// see it verified, confirm the secretariat's key (or a newer version) and only then store it.

import { type DragEvent, useState } from 'react';
import { Trans } from 'react-i18next';
import { describeError } from '../../app/use-live-query';
import { type ImportPlan, importMemberPackage, planMemberImport } from '../../db';
import { platform } from '../../platform';
import { useT } from '../../i18n';
import { useNavigation } from '../../state';
import { ImportConfirmation } from './ImportConfirmation';
import { ImportProgress } from './ImportProgress';
import type { MemberPackage } from './verify-off-thread';
import { verifyPackageFile } from './verify-package';

type Step =
  | { step: 'idle' }
  | { step: 'checking'; name: string; checked: number; total: number }
  | { step: 'confirm'; name: string; pkg: MemberPackage; plan: ImportPlan }
  | { step: 'storing'; name: string }
  | { step: 'failed'; message: string };

/** The "Import a package" panel (start screen, member workspace). */
export function ImportPackage({ title, onImported }: { title?: string; onImported?: (exerciseId: string) => void }) {
  const t = useT();
  const { openRole } = useNavigation();
  const opened = (exerciseId: string) =>
    onImported ? onImported(exerciseId) : openRole('member', exerciseId);
  const [state, setState] = useState<Step>({ step: 'idle' });
  const [dragging, setDragging] = useState(false);
  const busy = state.step === 'checking' || state.step === 'storing';

  const check = async (name: string, file: Blob | Uint8Array) => {
    const total = file instanceof Uint8Array ? file.length : file.size;
    setState({ step: 'checking', name, checked: 0, total });
    try {
      const pkg = await verifyPackageFile(name, file, (checked, size) =>
        setState((now) => (now.step === 'checking' ? { ...now, checked, total: size } : now)),
      );
      const plan = await planMemberImport(pkg);
      // The very package already here: nothing to confirm, just open it.
      if (plan.kind === 'same') opened(pkg.exercise.exerciseId);
      else setState({ step: 'confirm', name, pkg, plan });
    } catch (error) {
      setState({ step: 'failed', message: describeError(error) });
    }
  };

  const choose = async () => {
    try {
      const files = platform();
      const dialog = { title: t('import.chooseTitle'), filters: [{ name: t('import.filterName'), extensions: ['panelpkg'] }] };
      if (files.pickFile) {
        // Picked but not read: the check reads it piece by piece.
        const picked = await files.pickFile(dialog);
        if (picked) await check(picked.name, picked);
        return;
      }
      const [file] = await files.openFiles({ ...dialog, multiple: false });
      if (file) await check(file.name, file.bytes);
    } catch (error) {
      setState({ step: 'failed', message: describeError(error) });
    }
  };

  const drop = async (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (busy) return;
    const files = [...event.dataTransfer.files];
    const [file] = files;
    if (!file) return;
    if (files.length > 1) {
      setState({ step: 'failed', message: t('import.oneAtATime') });
      return;
    }
    await check(file.name, file);
  };

  const store = async (pkg: MemberPackage, name: string) => {
    setState({ step: 'storing', name });
    try {
      await importMemberPackage(pkg);
      setState({ step: 'idle' });
      opened(pkg.exercise.exerciseId);
    } catch (error) {
      setState({
        step: 'failed',
        message: t('import.notImported', { name, message: describeError(error) }),
      });
    }
  };

  return (
    <section
      className={`section import-package${dragging ? ' import-package--dragging' : ''}`}
      aria-labelledby="import-package-title"
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(event) => {
        // Moving over a child fires dragleave too: only leaving the panel itself ends the highlight.
        if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)))
          setDragging(false);
      }}
      onDrop={(event) => void drop(event)}
    >
      <h2 id="import-package-title" className="section__title">
        {title ?? t('import.title')}
      </h2>
      {state.step === 'confirm' ? (
        <ImportConfirmation
          exercise={state.pkg.exercise}
          plan={state.plan}
          onConfirm={() => void store(state.pkg, state.name)}
          onCancel={() => setState({ step: 'idle' })}
        />
      ) : (
        <>
          <p>
            <Trans i18nKey="import.intro" components={{ strong: <strong /> }} />
          </p>
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            aria-busy={busy}
            onClick={() => void choose()}
          >
            {t(busy ? 'import.checkingButton' : 'import.button')}
          </button>
        </>
      )}
      {state.step === 'checking' && (
        <ImportProgress
          label={t('import.stepCheck', { name: state.name })}
          done={state.checked}
          total={state.total}
        />
      )}
      {state.step === 'storing' && (
        <ImportProgress
          label={t('import.stepStore', { name: state.name })}
          done={null}
          total={null}
        />
      )}
      {state.step === 'failed' && (
        <p className="alert alert--error" role="alert">
          {state.message}
        </p>
      )}
    </section>
  );
}
