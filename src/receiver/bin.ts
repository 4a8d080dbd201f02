#!/usr/bin/env node
/** `haven-receiver`: the package's production command (see `--help`). TypeScript site data loads through tsx when the site has it. */
import { receiverCommand } from "./cli.ts";

await import("tsx/esm/api" as string).then((tsx: { register(): void }) => tsx.register()).catch(() => undefined);
await receiverCommand(process.argv.slice(2), "haven-receiver");
