import type { Example } from './types.js';

export const windowsServercore: Example = {
  id: 'windows-servercore',
  title: 'Windows container with the backtick escape',
  description:
    'A Node app on Windows Server Core. `# escape=`` makes the backtick the line-continuation character so that Windows paths keep their backslashes, and PowerShell is the SHELL. Like many first attempts, it copies the whole project before installing dependencies.',
  kind: 'naive',
  dockerfile: `# escape=\`
FROM mcr.microsoft.com/windows/servercore:ltsc2022

SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop'; $ProgressPreference = 'SilentlyContinue';"]

RUN Invoke-WebRequest -Uri https://nodejs.org/dist/v20.18.1/node-v20.18.1-x64.msi -OutFile C:\\node.msi; \`
    Start-Process msiexec.exe -ArgumentList '/i', 'C:\\node.msi', '/quiet', '/norestart' -NoNewWindow -Wait; \`
    Remove-Item C:\\node.msi

WORKDIR C:\\app
COPY . .
RUN npm install

EXPOSE 3000
CMD ["node", "server.js"]
`,
  dockerignore: '',
  expect: ['SS101', 'SS109'],
};
