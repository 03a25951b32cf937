// Shared helpers for the tests of the packed `recoupe` npm package.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The unpacked package the build assembles (what tests/node uses too). */
export const packageDir = path.resolve(repoRoot, process.env.RECOUPE_PACKAGE_DIR || 'build/wasm/pkg');

/** Runs a command to completion; throws with its output when it fails. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} exited with ${result.status ?? result.signal}\n` +
        `--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`,
    );
  }
  return result;
}

let tarball;
/**
 * The packed .tgz: $RECOUPE_PACKAGE_TGZ when set, otherwise what scripts/pack
 * builds and prints on its last line.
 */
export function packageTarball() {
  if (tarball) return tarball;
  if (process.env.RECOUPE_PACKAGE_TGZ) {
    tarball = path.resolve(process.env.RECOUPE_PACKAGE_TGZ);
  } else {
    const { stdout } = run(path.join(repoRoot, 'scripts', 'pack'), [], { cwd: repoRoot });
    tarball = stdout.trim().split('\n').pop();
  }
  if (!existsSync(tarball)) throw new Error(`the package tarball ${tarball} does not exist`);
  return tarball;
}

/**
 * An empty ES module project in a new temporary folder with the tarball
 * installed offline. Returns { dir, remove }.
 */
export async function installPackage(prefix = 'recoupe-package-') {
  const tgz = packageTarball();
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  await writeFile(path.join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', tgz], { cwd: dir });
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** Imports the package from build/wasm/pkg (or $RECOUPE_PACKAGE_DIR). */
export async function importPackage() {
  const entry = path.join(packageDir, 'recoupe.js');
  if (!existsSync(entry)) {
    throw new Error(`${entry} is missing: build the package first (scripts/build wasm), or set RECOUPE_PACKAGE_DIR.`);
  }
  return import(pathToFileURL(entry).href);
}
