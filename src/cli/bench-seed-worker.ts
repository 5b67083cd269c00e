/** A worker thread of `npm run bench:seed`: writes one part of the dataset (bench-synthetic.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { writePart, type Part, type Region } from './bench-synthetic';

const { part, file, regions, seed } = workerData as {
	part: Part;
	file: string;
	regions: Region[];
	seed: number;
};
parentPort!.postMessage(writePart(part, file, regions, seed));
