// Express in TypeScript: files sent from request paths, and safe look-alikes.
import { Request, Response } from 'express';

export function download(req: Request, res: Response): void {
  // ruleid: js.request-flow
  const file = req.params.file as string;
  // ruleid: js.sendfile-request-path
  res.sendFile(file);
}

export function downloadRooted(req: Request, res: Response): void {
  const file = req.params.file as string;
  // ok: js.sendfile-request-path
  res.sendFile(file, { root: '/srv/public' });
}

export function home(req: Request, res: Response): void {
  const file: string = 'index.html';
  // ok: js.sendfile-request-path
  res.sendFile(file);
}
