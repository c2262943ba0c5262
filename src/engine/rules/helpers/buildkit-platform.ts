/**
 * Platform specifiers as BuildKit reads `FROM --platform` (containerd's `platforms.Parse`):
 * `os`, `arch`, `os/arch` or `os/arch/variant`, with an optional `os(version+feature)` and the
 * usual architecture aliases. The host-dependent defaults are those of a linux/amd64 builder.
 */

export interface Platform {
  os: string;
  architecture: string;
  variant: string;
}

const KNOWN_OS = new Set([
  'aix', 'android', 'darwin', 'dragonfly', 'freebsd', 'hurd', 'illumos', 'ios', 'js', 'linux', 'nacl',
  'netbsd', 'openbsd', 'plan9', 'solaris', 'windows', 'zos',
]);

const KNOWN_ARCHITECTURES = new Set([
  '386', 'amd64', 'amd64p32', 'arm', 'armbe', 'arm64', 'arm64be', 'ppc64', 'ppc64le', 'loong64', 'mips', 'mipsle',
  'mips64', 'mips64le', 'mips64p32', 'mips64p32le', 'ppc', 'riscv', 'riscv64', 's390', 's390x', 'sparc', 'sparc64',
  'wasm',
]);

const HOST_OS = 'linux';
const HOST_ARCHITECTURE = 'amd64';

const OS_COMPONENT = /^([A-Za-z0-9_-]+)(?:\(([A-Za-z0-9_.%-]*)((?:\+[A-Za-z0-9_.%-]+)*)\))?$/;
const COMPONENT = /^[A-Za-z0-9_.-]+$/;

function normalizeOs(os: string): string {
  if (os === '') return HOST_OS;
  const lower = os.toLowerCase();
  return lower === 'macos' ? 'darwin' : lower;
}

function normalizeArchitecture(architecture: string, variant: string): [string, string] {
  const arch = architecture.toLowerCase();
  const v = variant.toLowerCase();
  switch (arch) {
    case 'i386':
      return ['386', ''];
    case 'x86_64':
    case 'x86-64':
    case 'amd64':
      return ['amd64', v === 'v1' ? '' : v];
    case 'aarch64':
    case 'arm64':
      if (v === '8' || v === 'v8' || v === 'v8.0') return ['arm64', ''];
      if (v === '9' || v === '9.0' || v === 'v9.0') return ['arm64', 'v9'];
      return ['arm64', v];
    case 'armhf':
      return ['arm', 'v7'];
    case 'armel':
      return ['arm', 'v6'];
    case 'arm':
      if (v === '' || v === '7') return ['arm', 'v7'];
      if (v === '5' || v === '6' || v === '8') return ['arm', `v${v}`];
      return ['arm', v];
    default:
      return [arch, v];
  }
}

/** Go's `url.PathUnescape` validity: every `%` starts a two-digit hex escape. */
function validEscapes(text: string): boolean {
  return !/%(?![0-9A-Fa-f]{2})/.test(text);
}

/** The platform `specifier` names, or null when BuildKit would reject it. */
export function parsePlatform(specifier: string): Platform | null {
  if (specifier.includes('*')) return null;
  const parts = specifier.split('/');
  if (parts.length > 3) return null;
  const osMatch = OS_COMPONENT.exec(parts[0] as string);
  if (osMatch === null || !validEscapes(osMatch[2] ?? '') || !validEscapes(osMatch[3] ?? '')) return null;
  if (!parts.slice(1).every((part) => COMPONENT.test(part))) return null;
  const os = normalizeOs(osMatch[1] as string);
  if (parts.length === 1) {
    if (KNOWN_OS.has(os)) return { os, architecture: HOST_ARCHITECTURE, variant: '' };
    const [architecture, variant] = normalizeArchitecture(parts[0] as string, '');
    if (!KNOWN_ARCHITECTURES.has(architecture)) return null;
    return { os: HOST_OS, architecture, variant: architecture === 'arm' && variant === 'v7' ? '' : variant };
  }
  if (parts.length === 2) {
    const [architecture, variant] = normalizeArchitecture(parts[1] as string, '');
    return { os, architecture, variant: architecture === 'arm' && variant === 'v7' ? '' : variant };
  }
  const [architecture, variant] = normalizeArchitecture(parts[1] as string, parts[2] as string);
  return { os, architecture, variant: architecture === 'arm64' && variant === '' ? 'v8' : variant };
}

/** Microsoft's Windows base images, and the old Docker Hub names of two of them. */
const WINDOWS_REPOSITORY = /^(?:mcr\.microsoft\.com\/windows(?:[-/:@]|$)|(?:docker\.io\/)?microsoft\/(?:windowsservercore|nanoserver)(?:[:@]|$))/i;
/** Tags that only exist for Windows, such as `1.22-windowsservercore-ltsc2022` or `8.0-nanoserver-1809`. */
const WINDOWS_TAG = /(?:^|[-._])(?:windowsservercore|servercore|nanoserver)(?:[-._]|$)/i;

/** Whether an image reference can only be a Windows image (whatever platform is asked for). */
export function isWindowsOnlyImage(reference: string): boolean {
  if (WINDOWS_REPOSITORY.test(reference)) return true;
  const lastSlash = reference.lastIndexOf('/');
  const tagStart = reference.indexOf(':', lastSlash + 1);
  if (tagStart === -1) return false;
  const tagEnd = reference.indexOf('@', tagStart);
  return WINDOWS_TAG.test(reference.slice(tagStart + 1, tagEnd === -1 ? undefined : tagEnd));
}
