/**
 * The ENV names common base images set, hand-curated: BuildKit reads the base image's config and
 * counts every name set there as defined (moby/buildkit#5449), which shipshape cannot do.
 *
 * Where the names come from: the images' published Dockerfiles (every ENV instruction of the
 * image and the images it is built FROM) and, where noted, the "Environment" list of
 * docker-library/repo-info's image metadata; `sources` names the files read. A row holds the union
 * over the tags and versions read, so a name only some tags set still counts: YARN_VERSION (gone
 * from node 26), LANG (gone from python 3.13), the pip names of older python images, PG_SHA256
 * (postgres alpine only), ASPNETCORE_URLS (.NET 6/7, replaced by ASPNETCORE_HTTP_PORTS in 8).
 */
export interface BaseImageEnvRow {
  /** Image names as Docker prints them (`python`, `mcr.microsoft.com/dotnet/aspnet`), any tag or digest. */
  images: readonly string[];
  /** The names the image's config sets, PATH first, in the order its Dockerfiles first set them. */
  names: readonly string[];
  /** The image sets no other name; false when the list is only the names known to be set. */
  complete: boolean;
  /** `owner/repo@commit:path` of the files the names were read from. */
  sources: readonly string[];
}

const DOTNET_RUNTIME_DEPS = ['PATH', 'APP_UID', 'ASPNETCORE_HTTP_PORTS', 'ASPNETCORE_URLS', 'DOTNET_RUNNING_IN_CONTAINER', 'DOTNET_SYSTEM_GLOBALIZATION_INVARIANT'];
const DOTNET_RUNTIME = [...DOTNET_RUNTIME_DEPS, 'DOTNET_VERSION'];
const DOTNET_ASPNET = [...DOTNET_RUNTIME, 'ASPNET_VERSION'];
const DOTNET_SDK = [
  ...DOTNET_ASPNET,
  'DOTNET_GENERATE_ASPNET_CERTIFICATE',
  'DOTNET_NOLOGO',
  'DOTNET_SDK_VERSION',
  'DOTNET_USE_POLLING_FILE_WATCHER',
  'NUGET_XMLDOC_MODE',
  'POWERSHELL_DISTRIBUTION_CHANNEL',
  'DOTNET_ROLL_FORWARD',
];
const DOTNET_SOURCES = [
  'dotnet/dotnet-docker@6c62d36f41cebf6911e9773b93c6a285f08684ed:src/runtime-deps/8.0/bookworm-slim/amd64/Dockerfile',
  'dotnet/dotnet-docker@278b1a827972a9843568b260885fb98b60dc6662:src/runtime-deps/8.0/alpine3.20/amd64/Dockerfile',
  'dotnet/dotnet-docker@00fae32bb0b7c283c20c668d92c18d1a28455141:src/runtime-deps/8.0/bookworm-slim/amd64/Dockerfile',
  'dotnet/dotnet-docker@4f0d13254551d8b993b3dba97b65bfc3e21617b4:src/runtime/8.0/bookworm-slim/amd64/Dockerfile',
  'dotnet/dotnet-docker@00976348560246f6376cb883b7a2ff576fab9ecb:src/aspnet/8.0/bookworm-slim/amd64/Dockerfile',
  'dotnet/dotnet-docker@37ed8d19b14be39bbaf9ec55c4eb327382e9e6d3:src/sdk/8.0/bookworm-slim/amd64/Dockerfile',
  'dotnet/dotnet-docker@387218c41c6446924a877d58b7197e452b7cf9b2:src/sdk/10.0/noble/amd64/Dockerfile',
];

const JUPYTER_FOUNDATION = ['PATH', 'DEBIAN_FRONTEND', 'CONDA_DIR', 'SHELL', 'NB_USER', 'NB_UID', 'NB_GID', 'LC_ALL', 'LANG', 'LANGUAGE', 'HOME'];
const JUPYTER_NOTEBOOKS = ['base', 'minimal', 'scipy', 'r', 'julia', 'tensorflow', 'pytorch', 'datascience', 'pyspark', 'all-spark'];
const JUPYTER_SOURCES = [
  'jupyter/docker-stacks@00987883e58d139b5ed01f803f95e639c59bf340:images/docker-stacks-foundation/Dockerfile',
  'jupyter/docker-stacks@00a67281613254de8a253a292313eb7187c83982:images/base-notebook/Dockerfile',
];

/** Docker Hub and quay.io names of a Jupyter Docker Stacks image. */
function jupyterImages(names: readonly string[]): string[] {
  return names.flatMap((name) => [`jupyter/${name}`, `quay.io/jupyter/${name}`]);
}

export const BASE_IMAGE_ENV_ROWS: readonly BaseImageEnvRow[] = [
  {
    images: ['alpine', 'busybox', 'debian', 'ubuntu'],
    names: ['PATH'],
    complete: true,
    sources: [
      'docker-library/repo-info@7859ce442d87572265f77dfce85c80f8d40ff85b:repos/alpine/local/3.24.2.md',
      'docker-library/repo-info@34e0037a44e0990e8bd1ee7cc265e12874b1c0ed:repos/ubuntu/local/24.04.md',
      'docker-library/busybox@11380457967984af58e6de0f83bf9e470020b446:latest-1/musl/amd64/image-config.json',
      // node:26-slim (FROM debian:trixie-slim, one ENV NODE_VERSION) lists only PATH and NODE_VERSION.
      'docker-library/repo-info@ba1774f5cd78b2b1a594e4c0b220bfa57616aca7:repos/node/local/26-slim.md',
    ],
  },
  {
    images: ['python'],
    names: ['PATH', 'LANG', 'GPG_KEY', 'PYTHON_VERSION', 'PYTHON_SHA256', 'PYTHON_PIP_VERSION', 'PYTHON_SETUPTOOLS_VERSION', 'PYTHON_GET_PIP_URL', 'PYTHON_GET_PIP_SHA256'],
    complete: true,
    sources: [
      'docker-library/python@00bfe6f247945a371ca25a63f0a50e370aa6efad:3.13/slim-trixie/Dockerfile',
      'docker-library/python@a2ddee204d895b2ae769c3ad8f331baba72f0ed9:3.10/slim-bullseye/Dockerfile',
    ],
  },
  {
    images: ['node'],
    names: ['PATH', 'NODE_VERSION', 'YARN_VERSION'],
    complete: true,
    sources: [
      'nodejs/docker-node@5b3d78069bb9b007323a203d3f10e0cfe6ba8426:22/trixie-slim/Dockerfile',
      'docker-library/repo-info@ba1774f5cd78b2b1a594e4c0b220bfa57616aca7:repos/node/local/26-slim.md',
    ],
  },
  {
    images: ['golang'],
    names: ['PATH', 'GOLANG_VERSION', 'GOTOOLCHAIN', 'GOPATH'],
    complete: true,
    sources: ['docker-library/golang@1538c1993363659087125a7f2a18f5136ba12de2:1.24/trixie/Dockerfile'],
  },
  {
    images: ['postgres'],
    names: ['PATH', 'GOSU_VERSION', 'LANG', 'PG_MAJOR', 'PG_VERSION', 'PG_SHA256', 'DOCKER_PG_LLVM_DEPS', 'PGDATA'],
    complete: true,
    sources: [
      'docker-library/postgres@a3b3bfabd35fd86b7a8e6a426afcafa16ebb5c18:16/trixie/Dockerfile',
      'docker-library/postgres@3506774b36743758520ce084d4f25ec5800a5200:16/alpine3.22/Dockerfile',
    ],
  },
  {
    images: ['ruby'],
    names: ['PATH', 'LANG', 'RUBY_VERSION', 'RUBY_DOWNLOAD_URL', 'RUBY_DOWNLOAD_SHA256', 'GEM_HOME', 'BUNDLE_SILENCE_ROOT_WARNING', 'BUNDLE_APP_CONFIG'],
    complete: true,
    sources: ['docker-library/ruby@0127a2ff1ba87c35091d417c4d86cc4165f34bcb:3.4/slim-trixie/Dockerfile'],
  },
  {
    images: ['php'],
    names: [
      'PATH',
      'PHPIZE_DEPS',
      'PHP_INI_DIR',
      'APACHE_CONFDIR',
      'APACHE_ENVVARS',
      'PHP_CFLAGS',
      'PHP_CPPFLAGS',
      'PHP_LDFLAGS',
      'GPG_KEYS',
      'PHP_VERSION',
      'PHP_URL',
      'PHP_ASC_URL',
      'PHP_SHA256',
    ],
    complete: true,
    sources: ['docker-library/php@910674b44ecb630c9831d3bdf4f82aa2adb6bfe5:8.3/bookworm/apache/Dockerfile'],
  },
  {
    images: ['nginx'],
    names: ['PATH', 'NGINX_VERSION', 'NJS_VERSION', 'NJS_RELEASE', 'PKG_RELEASE', 'DYNPKG_RELEASE'],
    complete: true,
    sources: ['nginx/docker-nginx@e4d5453581d9d3618f77c4aeccf2e6171a1cd6ff:mainline/debian/Dockerfile'],
  },
  {
    images: ['eclipse-temurin'],
    names: ['PATH', 'JAVA_HOME', 'LANG', 'LANGUAGE', 'LC_ALL', 'JAVA_VERSION'],
    complete: true,
    sources: ['adoptium/containers@788d2e799a0be3a059845c2d06aef494bca23193:21/jdk/ubuntu/noble/Dockerfile'],
  },
  {
    images: ['openjdk'],
    names: ['PATH', 'JAVA_HOME', 'LANG', 'JAVA_VERSION'],
    complete: true,
    sources: ['docker-library/openjdk@f8d1fd911fdcad985d7a534e3470a9c54c87d45f:17/jdk/slim-bullseye/Dockerfile'],
  },
  {
    images: ['rust'],
    names: ['PATH', 'RUSTUP_HOME', 'CARGO_HOME', 'RUST_VERSION'],
    complete: true,
    sources: ['rust-lang/docker-rust@48cd7ec2c97ab1795e4f64aa32a28049d6812fc5:stable/trixie/slim/Dockerfile'],
  },
  { images: ['mcr.microsoft.com/dotnet/runtime-deps'], names: DOTNET_RUNTIME_DEPS, complete: true, sources: DOTNET_SOURCES },
  { images: ['mcr.microsoft.com/dotnet/runtime'], names: DOTNET_RUNTIME, complete: true, sources: DOTNET_SOURCES },
  { images: ['mcr.microsoft.com/dotnet/aspnet'], names: DOTNET_ASPNET, complete: true, sources: DOTNET_SOURCES },
  { images: ['mcr.microsoft.com/dotnet/sdk'], names: DOTNET_SDK, complete: true, sources: DOTNET_SOURCES },
  // Older tags and the images built on base-notebook set names of their own that were not read.
  { images: jupyterImages(['docker-stacks-foundation']), names: JUPYTER_FOUNDATION, complete: false, sources: JUPYTER_SOURCES },
  {
    images: jupyterImages(JUPYTER_NOTEBOOKS.map((name) => `${name}-notebook`)),
    names: [...JUPYTER_FOUNDATION, 'JUPYTER_PORT'],
    complete: false,
    sources: JUPYTER_SOURCES,
  },
];
