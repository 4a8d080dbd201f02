/**
 * Serves the built site on 127.0.0.1 with Haven's form receiver, exactly as the package's
 * `haven-receiver` command does (same options; `--help` lists them). Build first (`npm run build`).
 */
import { receiverCommand } from "../src/receiver/cli.ts";

await receiverCommand(process.argv.slice(2), "npm run preview --");
