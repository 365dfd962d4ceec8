/** Builds test inputs in memory: a tiny PNG and Word documents made with the `docx` package. */
import { deflateSync } from 'node:zlib';
import { Document, HeadingLevel, ImageRun, Packer, PageBreak, Paragraph, TextRun } from 'docx';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A width×height red RGB PNG. */
export function makePng(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit, RGB, deflate, no filter, no interlace
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, Buffer.from([200, 30, 30]))]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', new Uint8Array()),
  ]);
}

export const PNG = makePng(4, 3);

/** A Word story with Title/Heading styles, a bold run, an embedded picture and a page break before a second story. */
export async function makeStyledDocx(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: '科技赋能', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: '我市智慧农业示范区年内扩至十个', heading: HeadingLevel.TITLE }),
          new Paragraph({ text: '——数字大棚让蔬菜种植更省心', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: '本报记者 罗晓梅' }),
          new Paragraph({
            children: [
              new TextRun('在新洲区的智慧农业示范区，一排排数字大棚整齐排列。'),
              new TextRun({ text: '温度、湿度和光照全部由手机远程调控', bold: true }),
              new TextRun('，种植户足不出户就能管好大棚。'),
            ],
          }),
          new Paragraph({ children: [new ImageRun({ type: 'png', data: PNG, transformation: { width: 40, height: 30 } })] }),
          new Paragraph({ text: '图为种植户在数字大棚内查看蔬菜长势。本报记者 罗晓梅 摄' }),
          new Paragraph({ text: '示范区负责人介绍，今年将再建设四个示范区，带动周边农户增收。' }),
          new Paragraph({ children: [new PageBreak()] }),
          new Paragraph({ text: '图书馆延长开放时间', heading: HeadingLevel.TITLE }),
          new Paragraph({ text: '本报讯（记者 江帆）从4月1日起，市图书馆每天开放至晚上九点。' }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** A Word file as reporters often send it: no heading styles, the title typed as an ordinary bold line. */
export async function makePlainDocx(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun({ text: '城区新增三座口袋公园', bold: true })] }),
          new Paragraph({ text: '本报讯（记者 钟岚）近日，城区三座口袋公园建成开放，为周边居民增添了休闲好去处。' }),
          new Paragraph({ text: '公园内设有健身步道和儿童游乐区。' }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
