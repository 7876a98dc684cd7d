import path from 'node:path';

/** Where the fetched repositories live when ACTOR_DIGEST_MIRROR is not set. */
const DEFAULT_MIRROR = '/work/.mirror';

/**
 * The bare git folders of the two public data sets the development set reads:
 * `$ACTOR_DIGEST_MIRROR/<owner>+<name>/repo` (the layout the fetch tool leaves).
 */
export function mirrorDirs(env: NodeJS.ProcessEnv): { readonly bbc: string; readonly basil: string } {
  const root = env.ACTOR_DIGEST_MIRROR?.trim() || DEFAULT_MIRROR;
  return {
    bbc: path.join(root, 'dejanbatanjac+bbc-article-classify-bert', 'repo'),
    basil: path.join(root, 'launchnlp+BASIL', 'repo'),
  };
}
