#!/usr/bin/env node
// The k8s-diagrams command: see `k8s-diagrams --help`.
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
