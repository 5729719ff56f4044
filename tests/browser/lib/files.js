// Files as a person picks them: a small valid PDF and PNG (their bytes mostly not ASCII, so a
// download that went through a text decoding anywhere would not give them back), 添加附件 through the
// browser's own file dialog, and 下载 returning the file the browser saved.
"use strict";
const fs = require("node:fs");
const zlib = require("node:zlib");
const b = require("./browser");

// A small, valid one-page PDF whose second line is a comment holding every byte 0x80–0xFF: a
// download that went through a text decoding anywhere would not give these bytes back.
function pdfFile(label) {
  const head = Buffer.concat([Buffer.from("%PDF-1.4\n%", "latin1"),
    Buffer.from(Array.from({ length: 128 }, (_, i) => 0x80 + i)), Buffer.from("\n", "latin1")]);
  const text = `BT /F1 12 Tf 20 50 Td (${label}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 100] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  const parts = [head];
  let offset = head.length;
  const offsets = [];
  objects.forEach((body, i) => {
    const chunk = Buffer.from(`${i + 1} 0 obj\n${body}\nendobj\n`, "latin1");
    offsets.push(offset);
    parts.push(chunk);
    offset += chunk.length;
  });
  let xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) xref += `${String(o).padStart(10, "0")} 00000 n \n`;
  xref += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`;
  parts.push(Buffer.from(xref, "latin1"));
  return Buffer.concat(parts);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const x of buf) c = CRC_TABLE[(c ^ x) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function pngChunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
// A valid 16×16 RGB PNG with a gradient (its bytes are mostly not ASCII).
function pngFile() {
  const w = 16, h = 16;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; ihdr[9] = 2;  // 8 bits, truecolour
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = y * (w * 3 + 1) + 1 + x * 3;
      raw[i] = x * 16; raw[i + 1] = y * 16; raw[i + 2] = 200;
    }
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", ihdr), pngChunk("IDAT", zlib.deflateSync(raw)), pngChunk("IEND", Buffer.alloc(0))]);
}

// Clicks the widget that opens a file dialog (添加附件) and chooses the files ({name, mimeType, buffer}).
async function chooseFiles(page, id, files) {
  const chooser = page.waitForEvent("filechooser", { timeout: 10000 });
  await b.click(page, id);
  const fc = await chooser;
  await fc.setFiles(files);
  return fc;
}

// Clicks a download button and returns the file the browser saved: {name, bytes, file}.
async function downloadFrom(page, id) {
  const saved = page.waitForEvent("download", { timeout: 15000 });
  await b.click(page, id);
  const d = await saved;
  const file = await d.path();
  return { name: d.suggestedFilename(), bytes: fs.readFileSync(file), file };
}

module.exports = { pdfFile, pngFile, chooseFiles, downloadFrom };
