// A file double-clicked in the OS (desktop app only): a package is offered to the panel member's
// import, a score sheet to a secretariat exercise's collection. Nothing is stored until the person says so.

import { useCallback, useEffect, useRef, useState } from 'react';
import { describeError, useLiveQuery } from '../../app/use-live-query';
import { type ImportPlan, importMemberPackage, listWorkspaces, planMemberImport } from '../../db';
import { collectSheets } from '../../db/secretariat-sheets';
import { type FileOpenedByOs, platform } from '../../platform';
import { useNavigation } from '../../state';
import { ImportConfirmation } from '../member/ImportConfirmation';
import type { MemberPackage } from '../member/verify-off-thread';
import { verifyPackageFile } from '../member/verify-package';
import { Trans } from 'react-i18next';
import { useT } from '../../i18n';

type Step =
  | { step: 'ask' }
  | { step: 'working'; what: string }
  | { step: 'confirm'; pkg: MemberPackage; plan: ImportPlan }
  | { step: 'failed'; message: string };

/** Listens for files the OS opens with the app and asks what to do with the oldest one waiting. */
export function OpenedFilePrompt() {
  const { goToStart } = useNavigation();
  const [files, setFiles] = useState<FileOpenedByOs[]>([]);
  useEffect(
    () =>
      platform().onFileOpened?.((file) => {
        setFiles((waiting) => [...waiting, file]);
        goToStart();
      }),
    [goToStart],
  );
  const [file] = files;
  if (!file) return null;
  const done = () => setFiles((waiting) => waiting.slice(1));
  return (
    <div className="page">
      <OpenedFile key={`${file.name}:${files.length}`} file={file} onDone={done} />
    </div>
  );
}

function OpenedFile({ file, onDone }: { file: FileOpenedByOs; onDone: () => void }) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  // After the app has moved focus to the (new) start screen: the question is what needs answering.
  useEffect(() => {
    const timer = setTimeout(() => heading.current?.focus(), 0);
    return () => clearTimeout(timer);
  }, []);
  const isPackage = file.kind === 'exercise-package';
  return (
    <section className="section opened-file" aria-labelledby="opened-file-title">
      <h2 id="opened-file-title" className="section__title" tabIndex={-1} ref={heading}>
        {isPackage ? t('firstRun.opened.packageQuestion') : t('firstRun.opened.sheetQuestion')}
      </h2>
      <p>
        <Trans
          i18nKey={isPackage ? 'firstRun.opened.packageIntro' : 'firstRun.opened.sheetIntro'}
          values={{ name: file.name }}
          components={{ strong: <strong /> }}
        />
      </p>
      {isPackage ? <PackageChoice file={file} onDone={onDone} /> : <SheetChoice file={file} onDone={onDone} />}
    </section>
  );
}

function PackageChoice({ file, onDone }: { file: FileOpenedByOs; onDone: () => void }) {
  const t = useT();
  const { openRole } = useNavigation();
  const [state, setState] = useState<Step>({ step: 'ask' });
  const finish = (exerciseId: string) => {
    onDone();
    openRole('member', exerciseId);
  };
  const check = async () => {
    setState({ step: 'working', what: t('firstRun.opened.checking') });
    try {
      const pkg = await verifyPackageFile(file.name, file.bytes);
      const plan = await planMemberImport(pkg);
      if (plan.kind === 'same') finish(pkg.exercise.exerciseId);
      else setState({ step: 'confirm', pkg, plan });
    } catch (error) {
      setState({ step: 'failed', message: describeError(error) });
    }
  };
  const store = async (pkg: MemberPackage) => {
    setState({ step: 'working', what: t('firstRun.opened.storing') });
    try {
      await importMemberPackage(pkg);
      finish(pkg.exercise.exerciseId);
    } catch (error) {
      setState({ step: 'failed', message: t('firstRun.opened.notImported', { name: file.name, message: describeError(error) }) });
    }
  };
  if (state.step === 'confirm') {
    return <ImportConfirmation exercise={state.pkg.exercise} plan={state.plan} onConfirm={() => void store(state.pkg)} onCancel={onDone} />;
  }
  return (
    <>
      {state.step === 'failed' && (
        <p className="alert alert--error" role="alert">
          {state.message}
        </p>
      )}
      <div className="opened-file__actions">
        <button type="button" className="button button--primary" disabled={state.step === 'working'} onClick={() => void check()}>
          {state.step === 'working' ? state.what : t('firstRun.opened.importAsMember')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('firstRun.opened.notNow')}
        </button>
      </div>
    </>
  );
}

function SheetChoice({ file, onDone }: { file: FileOpenedByOs; onDone: () => void }) {
  const t = useT();
  const { openRole } = useNavigation();
  const workspaces = useLiveQuery(useCallback(() => listWorkspaces('secretariat'), []));
  const [failure, setFailure] = useState<string | null>(null);
  const collect = async (workspaceId: string, exerciseId: string) => {
    try {
      await collectSheets(workspaceId, [{ name: file.name, bytes: file.bytes }]);
      onDone();
      openRole('secretariat', exerciseId);
    } catch (error) {
      setFailure(t('firstRun.opened.notCollected', { name: file.name, message: describeError(error) }));
    }
  };
  if (workspaces.status === 'loading') return <p role="status">{t('firstRun.opened.looking')}</p>;
  const list = workspaces.status === 'ready' ? workspaces.value : [];
  return (
    <>
      {failure !== null && (
        <p className="alert alert--error" role="alert">
          {failure}
        </p>
      )}
      {list.length === 0 ? (
        <p className="alert">
          {t('firstRun.opened.noSecretariat')}
        </p>
      ) : (
        <>
          <p>{t('firstRun.opened.collectInto')}</p>
          <ul className="workspace-list">
            {list.map((workspace) => (
              <li key={workspace.id}>
                <button type="button" className="workspace-item" onClick={() => void collect(workspace.id, workspace.exerciseId)}>
                  <span className="workspace-item__title">{workspace.title}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="button" className="button" onClick={onDone}>
        {t('firstRun.opened.notNow')}
      </button>
    </>
  );
}
