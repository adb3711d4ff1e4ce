// Entry point of the action bundle (dist/index.js).
import { run } from './main.js';

await run();
