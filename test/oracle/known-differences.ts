import type { ParserAspect } from './parser-differential.test.js';

/**
 * Inputs on which shipshape deliberately or knowingly differs from the reference tools, with the
 * reason. The differential suites fail on any difference not listed here, and on a listed one
 * that has gone away.
 */
export const PARSER_KNOWN_DIFFERENCES: Record<string, { aspects: ParserAspect[]; reason: string }> = {};

/** Reasons shared by several hadolint differences. */
const USER_FROM_IMAGE_ENV =
  '`USER $APP_UID` / `USER ${NB_UID}`: the base image (.NET, Jupyter stacks) sets the variable to a numeric UID, which hadolint cannot know; shipshape knows the names common images set and does not call them unset';

/** `input|rule|line|side` (side: `ours` = only we report it, `hadolint` = only hadolint does) → reason. */
export const HADOLINT_KNOWN_DIFFERENCES: Record<string, string> = {
  // ── DL3066: a USER variable the base image sets ──────────────────────────────────────────────
  'corpus/035_dotnet_dotnet-docker_samples-aspnetapp-Dockerfile.alpine.Dockerfile|DL3066|23|hadolint': USER_FROM_IMAGE_ENV,
  'corpus/036_dotnet_dotnet-docker_samples-aspnetapp-Dockerfile.azurelinux-distroless.Dockerfile|DL3066|21|hadolint': USER_FROM_IMAGE_ENV,
  'corpus/038_dotnet_dotnet-docker_samples-dotnetapp-Dockerfile.chiseled.Dockerfile|DL3066|26|hadolint': USER_FROM_IMAGE_ENV,
  'corpus/039_dotnet_dotnet-docker_samples-releasesapp.Dockerfile|DL3066|21|hadolint': USER_FROM_IMAGE_ENV,
  'corpus/074_jupyter_docker-stacks_images-julia-notebook.Dockerfile|DL3066|27|hadolint': USER_FROM_IMAGE_ENV,
  'corpus/076_jupyter_docker-stacks_images-r-notebook.Dockerfile|DL3066|29|hadolint': USER_FROM_IMAGE_ENV,
  'corpus/077_jupyter_docker-stacks_images-scipy-notebook.Dockerfile|DL3066|29|hadolint': USER_FROM_IMAGE_ENV,
  'corpus/077_jupyter_docker-stacks_images-scipy-notebook.Dockerfile|DL3066|73|hadolint': USER_FROM_IMAGE_ENV,
  // ── DL3009: apt lists ────────────────────────────────────────────────────────────────────────
  'corpus/004_docker-library_buildpack-deps_ubuntu-questing.Dockerfile|DL3009|9|hadolint':
    'the RUN ends with `apt-get dist-clean` (line 54), which removes /var/lib/apt/lists; hadolint only accepts `rm -rf /var/lib/apt/lists/*`',
  'corpus/016_docker-library_php_8.2-trixie-apache.Dockerfile|DL3009|32|hadolint':
    'the RUN ends with `apt-get dist-clean` (line 40), which removes /var/lib/apt/lists; hadolint only accepts `rm -rf /var/lib/apt/lists/*`',
  'corpus/016_docker-library_php_8.2-trixie-apache.Dockerfile|DL3009|54|hadolint':
    '`apt-get dist-clean` on line 57 removes the lists fetched by `apt-get update` on line 55; hadolint only accepts `rm -rf /var/lib/apt/lists/*`',
  'corpus/017_docker-library_php_8.2-trixie-cli.Dockerfile|DL3009|32|hadolint':
    'the RUN ends with `apt-get dist-clean` (line 40), which removes /var/lib/apt/lists; hadolint only accepts `rm -rf /var/lib/apt/lists/*`',
  'corpus/023_docker-library_python_3.15-rc-slim-trixie.Dockerfile|DL3009|13|hadolint':
    'the RUN ends with `apt-get dist-clean` (line 20), which removes /var/lib/apt/lists; hadolint only accepts `rm -rf /var/lib/apt/lists/*`',
  'corpus/025_docker-library_rabbitmq_4.1-ubuntu-management.Dockerfile|DL3009|18|hadolint':
    '`apt-get dist-clean` on line 36 removes the lists fetched on line 27; hadolint only accepts `rm -rf /var/lib/apt/lists/*`',
  'corpus/029_docker-library_ruby_3.3-slim-trixie.Dockerfile|DL3009|9|hadolint':
    'the RUN ends with `apt-get dist-clean` (line 14), which removes /var/lib/apt/lists; hadolint only accepts `rm -rf /var/lib/apt/lists/*`',
  'corpus/147_vimagick_dockerfiles_portia.Dockerfile|DL3009|9|ours':
    'line 14 removes `/var/lib/apt/list/*` (typo: no `s`), so the lists from `apt-get update` on line 10 stay in the layer; hadolint accepts any `rm -rf` as the cleanup',

  // ── DL3019: apk cache ────────────────────────────────────────────────────────────────────────
  'corpus/008_docker-library_httpd_2.4-alpine.Dockerfile|DL3019|36|hadolint':
    'the only apk add without --no-cache in this RUN is `apk add --no-network` on line 222, which fetches no index and fills no cache',
  'corpus/009_docker-library_memcached_1-alpine.Dockerfile|DL3019|21|hadolint':
    'the only apk add without --no-cache in this RUN is `apk add --no-network` on line 78, which fetches no index and fills no cache',
  'corpus/027_docker-library_redis_6.2-alpine.Dockerfile|DL3019|56|hadolint':
    'the only apk add without --no-cache in this RUN is `apk add --no-network` on line 127, which fetches no index and fills no cache',
  'corpus/030_docker-library_ruby_4.0-alpine3.22.Dockerfile|DL3019|23|hadolint':
    'the only apk add without --no-cache in this RUN is `apk add --no-network` on line 115, which fetches no index and fills no cache',
  'corpus/033_docker-library_wordpress_beta-php8.5-fpm-alpine.Dockerfile|DL3019|21|hadolint':
    'the only apk add without --no-cache in this RUN is `apk add --no-network` on line 69, which fetches no index and fills no cache',
  'corpus/034_docker-library_wordpress_cli-php8.2-alpine.Dockerfile|DL3019|22|hadolint':
    'the only apk add without --no-cache in this RUN is `apk add --no-network` on line 70, which fetches no index and fills no cache',
  'corpus/142_vimagick_dockerfiles_jamapi.Dockerfile|DL3019|10|hadolint':
    '`apk add -U` on line 11 fills /var/cache/apk, but the same RUN removes it with `rm -rf … /var/cache/apk/*` on line 15',
  'corpus/145_vimagick_dockerfiles_ocserv.Dockerfile|DL3019|11|hadolint':
    'the `apk add --update` (line 28) and `apk add` (line 51) caches are removed by `rm -rf /var/cache/apk/*` on line 58 of the same RUN',

  // ── DL3020 / DL3021: ADD and COPY destinations ───────────────────────────────────────────────
  'corpus/061_etcd-io_etcd_root.Dockerfile|DL3020|7|hadolint':
    'the source starts with `${BUILDDIR}`, an ARG without a value (line 5), so it may be a URL that ADD downloads; hadolint flags it as a local file',
  'corpus/061_etcd-io_etcd_root.Dockerfile|DL3020|8|hadolint':
    'the source starts with `${BUILDDIR}`, an ARG without a value (line 5), so it may be a URL that ADD downloads; hadolint flags it as a local file',
  'corpus/061_etcd-io_etcd_root.Dockerfile|DL3020|9|hadolint':
    'the source starts with `${BUILDDIR}`, an ARG without a value (line 5), so it may be a URL that ADD downloads; hadolint flags it as a local file',
  'corpus/054_dani-garcia_vaultwarden_playwright-compose-playwright.Dockerfile|DL3021|30|hadolint':
    'the destination `.` of this two-source COPY is always a directory in BuildKit; hadolint wants it to end in `/`',
  'corpus/093_ollama_ollama_root.Dockerfile|DL3021|214|hadolint':
    'the destination `.` of this two-source COPY is always a directory in BuildKit; hadolint wants it to end in `/`',
  'corpus/093_ollama_ollama_root.Dockerfile|DL3021|218|hadolint':
    'the destination `.` of `COPY go.mod go.sum .` is always a directory in BuildKit; hadolint wants it to end in `/`',
  'corpus/093_ollama_ollama_root.Dockerfile|DL3021|219|hadolint':
    'the destination `.` of this two-source COPY is always a directory in BuildKit; hadolint wants it to end in `/`',
  'corpus/093_ollama_ollama_root.Dockerfile|DL3021|244|hadolint':
    'the destination `.` of `COPY go.mod go.sum .` is always a directory in BuildKit; hadolint wants it to end in `/`',

  // ── DL3006 / DL3007: FROM ${ARG} resolved with its default ───────────────────────────────────
  'corpus/073_jupyter_docker-stacks_docs-using-recipe_code-jax_cuda.Dockerfile|DL3006|2|ours':
    '`$BASE_IMAGE` defaults to `quay.io/jupyter/base-notebook` (line 1), which has no tag; hadolint does not resolve the ARG',
  'corpus/074_jupyter_docker-stacks_images-julia-notebook.Dockerfile|DL3006|6|ours':
    '`$BASE_IMAGE` defaults to `$REGISTRY/$OWNER/minimal-notebook` = `quay.io/jupyter/minimal-notebook` (lines 3–5), which has no tag; hadolint does not resolve the ARG',
  'corpus/075_jupyter_docker-stacks_images-pytorch-notebook.Dockerfile|DL3006|6|ours':
    '`$BASE_IMAGE` defaults to `quay.io/jupyter/scipy-notebook` (lines 3–5), which has no tag; hadolint does not resolve the ARG',
  'corpus/076_jupyter_docker-stacks_images-r-notebook.Dockerfile|DL3006|6|ours':
    '`$BASE_IMAGE` defaults to `quay.io/jupyter/minimal-notebook` (lines 3–5), which has no tag; hadolint does not resolve the ARG',
  'corpus/077_jupyter_docker-stacks_images-scipy-notebook.Dockerfile|DL3006|6|ours':
    '`$BASE_IMAGE` defaults to `quay.io/jupyter/minimal-notebook` (lines 3–5), which has no tag; hadolint does not resolve the ARG',
  'corpus/094_outline_outline_root.Dockerfile|DL3006|3|ours':
    '`${BASE_IMAGE}` defaults to `outlinewiki/outline-base` (line 2), which has no tag; hadolint does not resolve the ARG',
  'corpus/093_ollama_ollama_root.Dockerfile|DL3006|29|hadolint':
    '`base-${TARGETARCH}` names the stages base-amd64/base-arm64 (lines 17, 22), not a registry image; hadolint does not resolve the ARG',
  'corpus/166_moby_buildkit_hack-dockerfiles-archutil.Dockerfile|DL3006|74|hadolint':
    '`exit-loong64-${BUILD_LOONG64}` resolves (lines 8–10) to the stage exit-loong64-supported or -unsupported (lines 71–72), not an image; hadolint does not resolve the ARG',
  'corpus/172_moby_buildkit_hack-dockerfiles-lint.Dockerfile|DL3006|29|hadolint':
    '`golangci-binary-${GOLANGCI_FROM_SOURCE}` (default false, line 8) names the stage golangci-binary-false/-true (lines 26–27), not an image; hadolint does not resolve the ARG',
  'corpus/172_moby_buildkit_hack-dockerfiles-lint.Dockerfile|DL3006|62|hadolint':
    '`golangci-verify-${GOLANGCI_FROM_SOURCE}` (default false, line 8) names the stage golangci-verify-false/-true (lines 53, 58), not an image; hadolint does not resolve the ARG',
  'corpus/180_tonistiigi_xx_src-sdk-extras.Dockerfile|DL3006|23|hadolint':
    '`sdk-extras-${TARGETOS}` names one of the stages sdk-extras-darwin/-linux/-windows/-freebsd (lines 7–21), not an image; hadolint does not resolve the ARG',
  'corpus/108_syncthing_syncthing_Dockerfile.stdiscosrv.Dockerfile|DL3007|2|ours':
    '`golang:$GOVERSION` with `ARG GOVERSION=latest` (line 1) is `golang:latest`; hadolint does not resolve the ARG',

  // ── DL3032 / DL3036 / DL3040 / DL3041: rpm package managers ──────────────────────────────────
  'corpus/093_ollama_ollama_root.Dockerfile|DL3040|205|hadolint':
    'stage mlx is only read by `COPY --from=mlx` (lines 236, 270) and never built FROM, so the dnf cache of this RUN never reaches an image',
  'corpus/093_ollama_ollama_root.Dockerfile|DL3041|50|hadolint':
    '`ARG CUDA12VERSION=12.8` makes the operand `cuda-toolkit-12-8`, which hadolint itself accepts as versioned when written literally; hadolint does not expand `${CUDA12VERSION//./-}`',
  'corpus/093_ollama_ollama_root.Dockerfile|DL3041|55|hadolint':
    '`ARG CUDA13VERSION=13.0` makes the operand `cuda-toolkit-13-0`, which hadolint itself accepts as versioned when written literally; hadolint does not expand `${CUDA13VERSION//./-}`',
  'corpus/286_Chilledheart_yass_docker-centos8.Dockerfile|DL3032|4|hadolint':
    '`yum clean all` on line 14 follows the last `yum install` (line 9); hadolint only looks at the first clean (line 4), which comes before the first install',
  'corpus/287_Chilledheart_yass_docker-opensuse15.Dockerfile|DL3036|6|hadolint':
    '`zypper cc -a` on line 16 follows the `zypper install` on line 9; hadolint only looks at the first clean (line 6), which comes before the install',
  'hadolint-case/DL3035-001|DL3036|1|ours':
    '`zypper dist-upgrade` downloads packages and metadata into /var/cache/zypp like install does and no `zypper clean` follows; hadolint only counts install/in',
  'hadolint-case/DL3035-003|DL3036|1|ours':
    'the ONBUILD `zypper dist-upgrade` fills /var/cache/zypp in the child image and no `zypper clean` follows; hadolint only counts install/in',

  // ── DL3048 / DL3062 / DL3064 ─────────────────────────────────────────────────────────────────
  'corpus/100_portainer_portainer_build-linux.Dockerfile|DL3048|3|hadolint':
    'the keys in com.docker. on lines 6–11 are the `com.docker.desktop.extension.*` / `com.docker.extension.*` labels Docker asks extension authors to set',
  'corpus/101_portainer_portainer_build-linux-alpine.Dockerfile|DL3048|3|hadolint':
    'the keys in com.docker. on lines 6–11 are the `com.docker.desktop.extension.*` / `com.docker.extension.*` labels Docker asks extension authors to set',
  'corpus/108_syncthing_syncthing_Dockerfile.stdiscosrv.Dockerfile|DL3062|11|hadolint':
    '`go run build.go` on line 12 runs a local file of the build context, not a module to pin',
  'corpus/170_moby_buildkit_hack-dockerfiles-generated-files.Dockerfile|DL3062|64|hadolint':
    '`go install tool` on line 68 installs the tools pinned in the bind-mounted go.mod; the packages after it take no @version',
  'corpus/086_minio_minio_Dockerfile.hotfix.Dockerfile|DL3064|47|hadolint':
    'MINIO_SECRET_KEY_FILE, MINIO_ROOT_PASSWORD_FILE and MINIO_KMS_SECRET_KEY_FILE follow the `*_FILE` convention and hold file names, not secrets',

  // ── DL3057: HEALTHCHECK ──────────────────────────────────────────────────────────────────────
  'corpus/099_pi-hole_docker-pi-hole_src.Dockerfile|DL3057|4|hadolint':
    'stage base is built on by `FROM ${FTL_SOURCE}-ftl-install` (line 136, FTL_SOURCE=remote) whose stage has the HEALTHCHECK on line 138; hadolint does not resolve the ARG',
  'corpus/099_pi-hole_docker-pi-hole_src.Dockerfile|DL3057|112|hadolint':
    'remote-ftl-install is the base of `FROM ${FTL_SOURCE}-ftl-install` (line 136, FTL_SOURCE=remote), which has the HEALTHCHECK on line 138; hadolint does not resolve the ARG',
  'corpus/099_pi-hole_docker-pi-hole_src.Dockerfile|DL3057|130|hadolint':
    'local-ftl-install shares the FROM chain of base with the final stage (line 136), which has the HEALTHCHECK on line 138; hadolint does not resolve `${FTL_SOURCE}`',

  // ── Windows images ───────────────────────────────────────────────────────────────────────────
  'corpus/185_docker-library_golang_1.27-windows-nanoserver-ltsc2025.Dockerfile|DL3066|19|hadolint':
    'a Windows nanoserver image: `USER ContainerAdministrator` names a built-in Windows account, which has no numeric UID',
  'corpus/185_docker-library_golang_1.27-windows-nanoserver-ltsc2025.Dockerfile|DL3066|21|hadolint':
    'a Windows nanoserver image: `USER ContainerUser` names a built-in Windows account, which has no numeric UID',
  'corpus/189_docker-library_openjdk_28-windows-nanoserver-ltsc2025.Dockerfile|DL3066|13|hadolint':
    'a Windows nanoserver image: `USER ContainerAdministrator` names a built-in Windows account, which has no numeric UID',
  'corpus/189_docker-library_openjdk_28-windows-nanoserver-ltsc2025.Dockerfile|DL3066|17|hadolint':
    'a Windows nanoserver image: `USER ContainerUser` names a built-in Windows account, which has no numeric UID',
  'corpus/192_dotnet_dotnet-docker_samples-dotnetapp-Dockerfile.windowsservercore.Dockerfile|DL3066|18|hadolint':
    'the stage is dotnet/runtime:10.0-windowsservercore (line 15): `USER ContainerUser` names a built-in Windows account, which has no numeric UID',
  'corpus/193_dotnet_dotnet-docker_src-runtime-10.0-nanoserver-ltsc2025-amd64.Dockerfile|DL3066|42|hadolint':
    'a Windows nanoserver stage (line 31): `USER ContainerAdministrator` names a built-in Windows account, which has no numeric UID',
  'corpus/193_dotnet_dotnet-docker_src-runtime-10.0-nanoserver-ltsc2025-amd64.Dockerfile|DL3066|44|hadolint':
    'a Windows nanoserver stage (line 31): `USER ContainerUser` names a built-in Windows account, which has no numeric UID',
  'corpus/202_StefanScherer_dockerfiles-windows_dotnet.Dockerfile|DL3066|5|hadolint':
    'a Windows image (mcr.microsoft.com/windows:1809): `USER ContainerAdministrator` names a built-in Windows account, which has no numeric UID',
  'corpus/202_StefanScherer_dockerfiles-windows_dotnet.Dockerfile|DL3002|5|ours':
    '`USER ContainerAdministrator` is the last USER of the stage and is the Windows administrator account; hadolint only recognises root/0',
  'corpus/194_Eliasj42_arc-windows-runner_root.Dockerfile|DL3003|108|hadolint':
    'the RUN runs under `SHELL ["cmd", "/S", "/C"]` (line 75); we do not read cmd or PowerShell scripts as POSIX shell, hadolint does',
  'corpus/194_Eliasj42_arc-windows-runner_root.Dockerfile|DL3059|63|hadolint':
    'the RUN before it (lines 21–60) is a PowerShell script chaining ten `;`-separated statements; hadolint\'s POSIX parse of it fails at `[System.IO.Compression.ZipFile]::ExtractToDirectory(…)` and counts it as one step',
  'corpus/196_Eliasj42_arc-windows-runner_Dockerfile-old.Dockerfile|DL3059|62|hadolint':
    'the RUN before it (lines 21–60) is a PowerShell script chaining ten `;`-separated statements; hadolint\'s POSIX parse of it fails at `[System.IO.Compression.ZipFile]::ExtractToDirectory(…)` and counts it as one step',

  // ── files hadolint cannot parse (DL1000 and nothing else); we lint them ──────────────────────
  'corpus/121_chrisguest75_docker_examples_79_bake-Dockerfile.sox.Dockerfile|DL3007|3|ours':
    'hadolint stops at DL1000 on line 34 (a RUN right after the `COPY <<EOF` terminator on line 33); `nixos/nix:latest` is pinned to latest',
  'corpus/121_chrisguest75_docker_examples_79_bake-Dockerfile.sox.Dockerfile|DL3057|3|ours':
    'hadolint stops at DL1000 on line 34 (a RUN right after the `COPY <<EOF` terminator on line 33); stage BUILDER has no HEALTHCHECK',
  'corpus/121_chrisguest75_docker_examples_79_bake-Dockerfile.sox.Dockerfile|DL3057|37|ours':
    'hadolint stops at DL1000 on line 34 (a RUN right after the `COPY <<EOF` terminator on line 33); stage PRODUCTION (scratch) has no HEALTHCHECK',
  'corpus/123_chrisguest75_docker_examples_A2_gpu-Dockerfile.nvcc.Dockerfile|DL3057|2|ours':
    'hadolint stops at DL1000 on line 26 (a RUN right after the `COPY <<EOF` terminator on line 25); the only stage has no HEALTHCHECK',
  'corpus/176_tonistiigi_xx_hack-dockerfiles-opafmt.Dockerfile|DL3057|4|ours':
    'hadolint stops at DL1000 on line 26 (`--mount=type=bind` without a target); stage opa-bin has no HEALTHCHECK',
  'corpus/176_tonistiigi_xx_hack-dockerfiles-opafmt.Dockerfile|DL3057|6|ours':
    'hadolint stops at DL1000 on line 26 (`--mount=type=bind` without a target); stage opafmt has no HEALTHCHECK',
  'corpus/176_tonistiigi_xx_hack-dockerfiles-opafmt.Dockerfile|DL3006|6|ours':
    'hadolint stops at DL1000 on line 26 (`--mount=type=bind` without a target); `FROM alpine` has no tag',
  'corpus/176_tonistiigi_xx_hack-dockerfiles-opafmt.Dockerfile|DL3057|10|ours':
    'hadolint stops at DL1000 on line 26 (`--mount=type=bind` without a target); stage generate has no HEALTHCHECK',
  'corpus/176_tonistiigi_xx_hack-dockerfiles-opafmt.Dockerfile|DL4006|12|ours':
    'hadolint stops at DL1000 on line 26 (`--mount=type=bind` without a target); the heredoc pipes `find … | while read` (line 14) without pipefail',
  'corpus/176_tonistiigi_xx_hack-dockerfiles-opafmt.Dockerfile|DL3057|22|ours':
    'hadolint stops at DL1000 on line 26 (`--mount=type=bind` without a target); stage update has no HEALTHCHECK',
  'corpus/176_tonistiigi_xx_hack-dockerfiles-opafmt.Dockerfile|DL3057|25|ours':
    'hadolint stops at DL1000 on line 26 (`--mount=type=bind` without a target); stage validate has no HEALTHCHECK',
  'corpus/177_tonistiigi_xx_hack-dockerfiles-shellcheck.Dockerfile|DL3057|4|ours':
    'hadolint stops at DL1000 on line 6 (`--mount=type=bind,src=src` without a target); the only stage has no HEALTHCHECK',
  'corpus/178_tonistiigi_xx_hack-dockerfiles-shfmt.Dockerfile|DL3057|4|ours':
    'hadolint stops at DL1000 on line 25 (`--mount=type=bind` without a target); stage shfmt has no HEALTHCHECK',
  'corpus/178_tonistiigi_xx_hack-dockerfiles-shfmt.Dockerfile|DL3057|8|ours':
    'hadolint stops at DL1000 on line 25 (`--mount=type=bind` without a target); stage generate has no HEALTHCHECK',
  'corpus/178_tonistiigi_xx_hack-dockerfiles-shfmt.Dockerfile|DL3057|21|ours':
    'hadolint stops at DL1000 on line 25 (`--mount=type=bind` without a target); stage update has no HEALTHCHECK',
  'corpus/178_tonistiigi_xx_hack-dockerfiles-shfmt.Dockerfile|DL3057|24|ours':
    'hadolint stops at DL1000 on line 25 (`--mount=type=bind` without a target); stage validate has no HEALTHCHECK',
  'corpus/187_docker-library_mongo_8.2-windows-nanoserver-ltsc2022.Dockerfile|DL3057|7|ours':
    'hadolint stops at DL1000 on line 22 (the COPY of lines 17–22 ends in a backslash); the only stage has no HEALTHCHECK',
  'corpus/221_0GiS0_dockerfile-multistage_Dockerfile.multistage.Dockerfile|DL3057|2|ours':
    'hadolint stops at DL1000 on line 28 (a JSON COPY followed by `--from=dependencies`); stage base has no HEALTHCHECK',
  'corpus/221_0GiS0_dockerfile-multistage_Dockerfile.multistage.Dockerfile|DL3057|8|ours':
    'hadolint stops at DL1000 on line 28 (a JSON COPY followed by `--from=dependencies`); stage dependencies has no HEALTHCHECK',
  'corpus/221_0GiS0_dockerfile-multistage_Dockerfile.multistage.Dockerfile|DL3057|15|ours':
    'hadolint stops at DL1000 on line 28 (a JSON COPY followed by `--from=dependencies`); stage test has no HEALTHCHECK',
  'corpus/221_0GiS0_dockerfile-multistage_Dockerfile.multistage.Dockerfile|DL3057|24|ours':
    'hadolint stops at DL1000 on line 28 (a JSON COPY followed by `--from=dependencies`); stage release has no HEALTHCHECK',
  'corpus/221_0GiS0_dockerfile-multistage_Dockerfile.multistage.Dockerfile|DL3021|28|ours':
    'hadolint stops at DL1000 on this line; BuildKit reads the COPY as shell form (the trailing flag breaks the JSON), so its four sources go to the non-directory destination `--from=dependencies`',

  // ── hadolint's own cases ─────────────────────────────────────────────────────────────────────
  'hadolint-case/DL4006-007|DL4006|3|hadolint':
    'SHELL on line 2 is `/usr/bin/bash -o pipefail -c`; hadolint\'s own test expects no warning for bash at a non-standard path, but the 2.15.1 binary only recognises /bin/bash',
};

/** `rule|side` → reason, for a difference that holds for every finding of a rule. */
export const HADOLINT_RULE_DIFFERENCES: Record<string, string> = {};

/** Reasons shared by several BuildKit check differences. */
const WINDOWS_WORKDIR =
  'a Windows-only base image: BuildKit without a registry assumes linux/amd64 and calls `WORKDIR C:\\go` relative, while on the Windows builder these images need the path is absolute';
const IMAGE_ENV =
  'a name the base image sets with ENV (APP_UID in .NET images, NB_UID and HOME in Jupyter stacks, PG_MAJOR in discourse/base): BuildKit here has no registry access and cannot see image configs, while `docker build --check` reads them and counts those names as defined (moby/buildkit#5449); shipshape knows the names of common images and, for other images, reports only global ARGs and likely typos';
const STOPS_AT_ERROR =
  'BuildKit rejects an instruction of this file and skips every check that runs after that point; shipshape reports the error and keeps checking';

/** `input|rule|line|side` for BuildKit's build checks (side: `ours` or `buildkit`) → reason. */
export const CHECK_KNOWN_DIFFERENCES: Record<string, string> = {
  'corpus/035_dotnet_dotnet-docker_samples-aspnetapp-Dockerfile.alpine.Dockerfile|UndefinedVar|23|buildkit': IMAGE_ENV,
  'corpus/077_jupyter_docker-stacks_images-scipy-notebook.Dockerfile|WorkdirRelativePath|75|buildkit': IMAGE_ENV,
  'corpus/036_dotnet_dotnet-docker_samples-aspnetapp-Dockerfile.azurelinux-distroless.Dockerfile|UndefinedVar|21|buildkit': IMAGE_ENV,
  'corpus/038_dotnet_dotnet-docker_samples-dotnetapp-Dockerfile.chiseled.Dockerfile|UndefinedVar|26|buildkit': IMAGE_ENV,
  'corpus/039_dotnet_dotnet-docker_samples-releasesapp.Dockerfile|UndefinedVar|21|buildkit': IMAGE_ENV,
  'corpus/055_discourse_discourse_docker_image-discourse_dev.Dockerfile|UndefinedVar|45|buildkit': IMAGE_ENV,
  'corpus/074_jupyter_docker-stacks_images-julia-notebook.Dockerfile|UndefinedVar|27|buildkit': IMAGE_ENV,
  'corpus/076_jupyter_docker-stacks_images-r-notebook.Dockerfile|UndefinedVar|29|buildkit': IMAGE_ENV,
  'corpus/077_jupyter_docker-stacks_images-scipy-notebook.Dockerfile|UndefinedVar|29|buildkit': IMAGE_ENV,
  'corpus/077_jupyter_docker-stacks_images-scipy-notebook.Dockerfile|UndefinedVar|73|buildkit': IMAGE_ENV,
  'corpus/077_jupyter_docker-stacks_images-scipy-notebook.Dockerfile|UndefinedVar|75|buildkit': IMAGE_ENV,
  'corpus/185_docker-library_golang_1.27-windows-nanoserver-ltsc2025.Dockerfile|WorkdirRelativePath|30|buildkit': WINDOWS_WORKDIR,
  'corpus/186_docker-library_golang_1.27-windows-windowsservercore-ltsc2025.Dockerfile|WorkdirRelativePath|88|buildkit': WINDOWS_WORKDIR,
  'conformance/buildkit/parser/flags/Dockerfile|MultipleInstructionsDisallowed|8|ours': STOPS_AT_ERROR,
  'conformance/buildkit/parser/flags/Dockerfile|MultipleInstructionsDisallowed|9|ours': STOPS_AT_ERROR,
  'conformance/buildkit/parser/health/Dockerfile|JSONArgsRecommended|3|ours': STOPS_AT_ERROR,
  'conformance/buildkit/parser/health/Dockerfile|MultipleInstructionsDisallowed|4|ours': STOPS_AT_ERROR,
  'conformance/buildkit/parser/health/Dockerfile|MultipleInstructionsDisallowed|5|ours': STOPS_AT_ERROR,
  'conformance/buildkit/parser/health/Dockerfile|MultipleInstructionsDisallowed|7|ours': STOPS_AT_ERROR,
  'conformance/buildkit/parser/health/Dockerfile|MultipleInstructionsDisallowed|8|ours': STOPS_AT_ERROR,
  'conformance/buildkit/parser/health/Dockerfile|MultipleInstructionsDisallowed|9|ours': STOPS_AT_ERROR,
  'conformance/buildkit/parser/health/Dockerfile|MultipleInstructionsDisallowed|10|ours': STOPS_AT_ERROR,
  'conformance/hadolint/cases-dev.json#DL4000-003|InvalidDefaultArgInFrom|2|ours': STOPS_AT_ERROR,
};
