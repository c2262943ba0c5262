import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3020.js';
import { ruleTests } from './tester.js';

describe('DL3020 add-instead-of-copy', () => {
  ruleTests(rule, {
    valid: [
      'ADD file.tar /usr/src/app/\n',
      'ADD file.bz2 /usr/src/app/\n',
      'ADD "file.tgz" /usr/src/app/\n',
      'ADD ["rootfs.tar.xz", "/"]\n',
      { name: 'zstd archives are unpacked by BuildKit', code: 'ADD rootfs.tar.zst /\n' },
      { name: 'extensions compare without case', code: 'ADD ROOTFS.TAR.GZ /\n' },
      'ADD http://example.com/file /opt/\n',
      'ADD https://example.com/file.zip /opt/\n',
      { name: 'Git repositories over SSH', code: 'ADD git@github.com:moby/buildkit.git /src\n' },
      'ADD https://github.com/moby/buildkit.git#v0.14.0 /src\n',
      { name: 'a URL from an ARG default', code: 'FROM alpine:3.20\nARG URL=https://example.com/tool\nADD $URL /opt/\n' },
      { name: 'an unresolved variable may be a URL (hadolint flags it)', code: 'FROM alpine:3.20\nARG BUILDDIR\nADD ${BUILDDIR}/etcd /usr/local/bin/\n' },
      'COPY file /usr/src/app/\n',
    ],
    invalid: [
      {
        code: 'ADD file /usr/src/app/\n',
        errors: [{ line: 1, column: 1, endColumn: 4, messageId: 'useCopy', message: 'Use COPY instead of ADD for files and folders: `file` is neither a URL nor a local archive' }],
        output: 'COPY file /usr/src/app/\n',
      },
      { name: 'zip files are not unpacked', code: 'ADD "file.zip" /usr/src/app/\n', errors: [{ line: 1, messageId: 'useCopy' }], output: 'COPY "file.zip" /usr/src/app/\n' },
      { name: 'lower-case keyword', code: 'FROM alpine:3.20\nadd --chown=app app.py /srv/\n', errors: [{ line: 2, column: 1, endColumn: 4 }], output: 'FROM alpine:3.20\ncopy --chown=app app.py /srv/\n' },
      { name: 'JSON form', code: 'ADD ["a b", "/x/"]\n', errors: [{ line: 1 }], output: 'COPY ["a b", "/x/"]\n' },
      { name: 'a heredoc source', code: 'ADD <<EOF /etc/motd\nhello\nEOF\n', errors: [{ line: 1 }], output: 'COPY <<EOF /etc/motd\nhello\nEOF\n' },
      {
        name: 'mixed with an archive: no fix, COPY would not unpack it',
        code: 'ADD vendor.tar config /srv/\n',
        errors: [{ line: 1, message: 'Use COPY instead of ADD for files and folders: `config` is neither a URL nor a local archive' }],
        output: null,
      },
      { name: 'an ADD-only flag: no fix', code: 'ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d app /srv/\n', errors: [{ line: 1 }], output: null },
      { name: 'a plain file from an ARG default', code: 'FROM alpine:3.20\nARG SRC=app.py\nADD ${SRC} /srv/\n', errors: [{ line: 3 }], output: 'FROM alpine:3.20\nARG SRC=app.py\nCOPY ${SRC} /srv/\n' },
    ],
  });
});
