import { describe, expect, it } from 'vitest';
import { execute } from '../../src/cli/execute.js';
import { allowedHosts } from '../../src/serve/guard.js';

function io() {
  const out = { stdout: '', stderr: '' };
  return { out, io: { stdout: (t: string) => void (out.stdout += t), stderr: (t: string) => void (out.stderr += t), cwd: process.cwd(), env: {}, isTTY: false } };
}

describe('yusuan serve 的命令行', () => {
  it('端口不对、多给了文件：用法错误（退出码 2）', async () => {
    const bad = io();
    expect(await execute(['serve', '--port', '70000'], bad.io)).toBe(2);
    expect(bad.out.stderr).toContain('--port 必须是 0–65535 之间的整数，实际为“70000”');
    const extra = io();
    expect(await execute(['serve', '预算填报.xlsx'], extra.io)).toBe(2);
    expect(extra.out.stderr).toContain('serve 不接受文件参数');
  });

  it('--help 列出 serve 及其选项', async () => {
    const help = io();
    expect(await execute(['--help'], help.io)).toBe(0);
    expect(help.out.stdout).toMatch(/yusuan serve \[--port 8080\] \[--open\]/);
    expect(help.out.stdout).toMatch(/--host <地址>/);
  });

  it('只答复发给本服务地址的请求：绑定 127.0.0.1 时也认 localhost；绑定 0.0.0.0 时只认本机各网卡的地址和本机名（防 DNS 重绑定）', () => {
    expect(allowedHosts('127.0.0.1', 8080)).toEqual(new Set(['127.0.0.1:8080', 'localhost:8080', '[::1]:8080']));
    expect(allowedHosts('192.168.1.5', 8080)).toEqual(new Set(['192.168.1.5:8080']));
    const interfaces = { lo: [{ address: '127.0.0.1' }], eth0: [{ address: '192.168.1.5' }, { address: 'fe80::1%eth0' }] };
    const wildcard = allowedHosts('0.0.0.0', 8080, interfaces);
    expect(wildcard).toEqual(new Set(['127.0.0.1:8080', 'localhost:8080', '[::1]:8080', '192.168.1.5:8080', '[fe80::1]:8080']));
    expect(allowedHosts('::', 9000, interfaces).has('192.168.1.5:9000')).toBe(true);
    for (const rebound of ['evil.example:8080', 'attacker.test:8080', '192.168.1.5:8081']) expect(wildcard.has(rebound)).toBe(false);
  });
});
