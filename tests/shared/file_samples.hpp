// Small but well-formed files of every kind a petition may carry, built in memory for the tests of
// shared/validation/file_type (native and wasm) and the backend's attachment tests: a one-page PDF,
// an 8×8 JPEG and a 1×1 PNG as real encoders wrote them, OLE2 compound files (MS-CFB, 512-byte
// sectors) with the streams Word and Excel write, and ZIP archives (APPNOTE, stored entries, real
// CRC-32) with the parts of a DOCX or an XLSX.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace qinqing::test {

inline std::string pdfSample() {
  return "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n"
         "<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n3 0 obj\n"
         "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 8 8] >>\nendobj\nxref\n0 4\n"
         "0000000000 65535 f \n0000000009 00000 n \n0000000058 00000 n \n0000000115 00000 n \n"
         "trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n182\n%%EOF\n";
}

// Written by poppler's pdftoppm -jpeg (libjpeg), 8×8 pixels.
inline std::string jpegSample() {
  static const char kBytes[] =
      "\xFF\xD8\xFF\xE0\x00\x10\x4A\x46\x49\x46\x00\x01\x01\x01\x00\x48\x00\x48\x00\x00\xFF\xDB\x00\x43"
      "\x00\x1B\x12\x14\x17\x14\x11\x1B\x17\x16\x17\x1E\x1C\x1B\x20\x28\x42\x2B\x28\x25\x25\x28\x51\x3A"
      "\x3D\x30\x42\x60\x55\x65\x64\x5F\x55\x5D\x5B\x6A\x78\x99\x81\x6A\x71\x90\x73\x5B\x5D\x85\xB5\x86"
      "\x90\x9E\xA3\xAB\xAD\xAB\x67\x80\xBC\xC9\xBA\xA6\xC7\x99\xA8\xAB\xA4\xFF\xDB\x00\x43\x01\x1C\x1E"
      "\x1E\x28\x23\x28\x4E\x2B\x2B\x4E\xA4\x6E\x5D\x6E\xA4\xA4\xA4\xA4\xA4\xA4\xA4\xA4\xA4\xA4\xA4\xA4"
      "\xA4\xA4\xA4\xA4\xA4\xA4\xA4\xA4\xA4\xA4\xA4\xA4\xA4\xA4\xA4\xA4\xA4\xA4\xA4\xA4\xA4\xA4\xA4\xA4"
      "\xA4\xA4\xA4\xA4\xA4\xA4\xA4\xA4\xA4\xA4\xA4\xA4\xA4\xA4\xFF\xC0\x00\x11\x08\x00\x08\x00\x08\x03"
      "\x01\x22\x00\x02\x11\x01\x03\x11\x01\xFF\xC4\x00\x1F\x00\x00\x01\x05\x01\x01\x01\x01\x01\x01\x00"
      "\x00\x00\x00\x00\x00\x00\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0A\x0B\xFF\xC4\x00\xB5\x10\x00"
      "\x02\x01\x03\x03\x02\x04\x03\x05\x05\x04\x04\x00\x00\x01\x7D\x01\x02\x03\x00\x04\x11\x05\x12\x21"
      "\x31\x41\x06\x13\x51\x61\x07\x22\x71\x14\x32\x81\x91\xA1\x08\x23\x42\xB1\xC1\x15\x52\xD1\xF0\x24"
      "\x33\x62\x72\x82\x09\x0A\x16\x17\x18\x19\x1A\x25\x26\x27\x28\x29\x2A\x34\x35\x36\x37\x38\x39\x3A"
      "\x43\x44\x45\x46\x47\x48\x49\x4A\x53\x54\x55\x56\x57\x58\x59\x5A\x63\x64\x65\x66\x67\x68\x69\x6A"
      "\x73\x74\x75\x76\x77\x78\x79\x7A\x83\x84\x85\x86\x87\x88\x89\x8A\x92\x93\x94\x95\x96\x97\x98\x99"
      "\x9A\xA2\xA3\xA4\xA5\xA6\xA7\xA8\xA9\xAA\xB2\xB3\xB4\xB5\xB6\xB7\xB8\xB9\xBA\xC2\xC3\xC4\xC5\xC6"
      "\xC7\xC8\xC9\xCA\xD2\xD3\xD4\xD5\xD6\xD7\xD8\xD9\xDA\xE1\xE2\xE3\xE4\xE5\xE6\xE7\xE8\xE9\xEA\xF1"
      "\xF2\xF3\xF4\xF5\xF6\xF7\xF8\xF9\xFA\xFF\xC4\x00\x1F\x01\x00\x03\x01\x01\x01\x01\x01\x01\x01\x01"
      "\x01\x00\x00\x00\x00\x00\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0A\x0B\xFF\xC4\x00\xB5\x11\x00"
      "\x02\x01\x02\x04\x04\x03\x04\x07\x05\x04\x04\x00\x01\x02\x77\x00\x01\x02\x03\x11\x04\x05\x21\x31"
      "\x06\x12\x41\x51\x07\x61\x71\x13\x22\x32\x81\x08\x14\x42\x91\xA1\xB1\xC1\x09\x23\x33\x52\xF0\x15"
      "\x62\x72\xD1\x0A\x16\x24\x34\xE1\x25\xF1\x17\x18\x19\x1A\x26\x27\x28\x29\x2A\x35\x36\x37\x38\x39"
      "\x3A\x43\x44\x45\x46\x47\x48\x49\x4A\x53\x54\x55\x56\x57\x58\x59\x5A\x63\x64\x65\x66\x67\x68\x69"
      "\x6A\x73\x74\x75\x76\x77\x78\x79\x7A\x82\x83\x84\x85\x86\x87\x88\x89\x8A\x92\x93\x94\x95\x96\x97"
      "\x98\x99\x9A\xA2\xA3\xA4\xA5\xA6\xA7\xA8\xA9\xAA\xB2\xB3\xB4\xB5\xB6\xB7\xB8\xB9\xBA\xC2\xC3\xC4"
      "\xC5\xC6\xC7\xC8\xC9\xCA\xD2\xD3\xD4\xD5\xD6\xD7\xD8\xD9\xDA\xE2\xE3\xE4\xE5\xE6\xE7\xE8\xE9\xEA"
      "\xF2\xF3\xF4\xF5\xF6\xF7\xF8\xF9\xFA\xFF\xDA\x00\x0C\x03\x01\x00\x02\x11\x03\x11\x00\x3F\x00\xE9"
      "\xA8\xA2\x8A\x00\xFF\xD9";
  return std::string(kBytes, sizeof(kBytes) - 1);
}

// A 1×1 grey PNG (zlib-compressed IDAT; every chunk's CRC is right).
inline std::string pngSample() {
  static const unsigned char kBytes[] = {
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00,
      0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x04, 0x00, 0x00, 0x00, 0xb5, 0x1c, 0x0c, 0x02, 0x00,
      0x00, 0x00, 0x0b, 0x49, 0x44, 0x41, 0x54, 0x78, 0xda, 0x63, 0x64, 0x60, 0x00, 0x00, 0x00, 0x06, 0x00,
      0x02, 0x30, 0x81, 0xd0, 0x2f, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82};
  return std::string(reinterpret_cast<const char*>(kBytes), sizeof(kBytes));
}

namespace detail {
inline void putU16(std::string& s, std::size_t at, std::uint32_t v) {
  s[at] = static_cast<char>(v & 0xFF);
  s[at + 1] = static_cast<char>((v >> 8) & 0xFF);
}
inline void putU32(std::string& s, std::size_t at, std::uint32_t v) {
  putU16(s, at, v & 0xFFFF);
  putU16(s, at + 2, v >> 16);
}
inline void appendU16(std::string& s, std::uint32_t v) {
  s.append(2, '\0');
  putU16(s, s.size() - 2, v);
}
inline void appendU32(std::string& s, std::uint32_t v) {
  s.append(4, '\0');
  putU32(s, s.size() - 4, v);
}
inline std::uint32_t crc32(const std::string& data) {
  std::uint32_t crc = 0xFFFFFFFF;
  for (unsigned char c : data) {
    crc ^= c;
    for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320 & (0 - (crc & 1)));
  }
  return ~crc;
}
}  // namespace detail

// An OLE2 compound file whose root storage holds the named streams, all empty (detection reads
// only the directory). The root's children form a valid red-black tree: a chain of right siblings.
// `padding` zero sectors at the end make the file larger.
inline std::string compoundFileSample(const std::vector<std::string>& streams, std::size_t padding = 0) {
  using namespace detail;
  constexpr std::uint32_t kEnd = 0xFFFFFFFE, kFatSect = 0xFFFFFFFD, kFree = 0xFFFFFFFF;
  const std::size_t entryCount = streams.size() + 1;
  const std::size_t dirSectors = (entryCount + 3) / 4;
  std::string file(512, '\0');
  file.replace(0, 8, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  putU16(file, 0x18, 0x003E);  // minor version
  putU16(file, 0x1A, 0x0003);  // major version 3: 512-byte sectors
  putU16(file, 0x1C, 0xFFFE);  // little-endian
  putU16(file, 0x1E, 9);       // sector shift
  putU16(file, 0x20, 6);       // mini sector shift
  putU32(file, 0x2C, 1);       // one FAT sector
  putU32(file, 0x30, 1);       // the directory starts in sector 1
  putU32(file, 0x38, 4096);    // mini stream cutoff
  putU32(file, 0x3C, kEnd);    // no mini FAT
  putU32(file, 0x44, kEnd);    // no DIFAT sectors
  putU32(file, 0x4C, 0);       // the FAT is sector 0
  for (std::size_t i = 1; i < 109; ++i) putU32(file, 0x4C + i * 4, kFree);

  std::string fat(512, '\xFF');
  putU32(fat, 0, kFatSect);
  for (std::size_t i = 0; i < dirSectors; ++i) putU32(fat, (1 + i) * 4, i + 1 == dirSectors ? kEnd : 2 + i);
  file += fat;

  std::string dir(dirSectors * 512, '\0');
  auto writeEntry = [&](std::size_t index, const std::string& name, int type, std::uint32_t right, std::uint32_t child) {
    const std::size_t at = index * 128;
    for (std::size_t i = 0; i < name.size() && i < 31; ++i) putU16(dir, at + i * 2, static_cast<unsigned char>(name[i]));
    putU16(dir, at + 0x40, static_cast<std::uint32_t>((name.size() + 1) * 2));
    dir[at + 0x42] = static_cast<char>(type);
    dir[at + 0x43] = 1;  // black
    putU32(dir, at + 0x44, kFree);
    putU32(dir, at + 0x48, right);
    putU32(dir, at + 0x4C, child);
    putU32(dir, at + 0x74, kEnd);  // no data
  };
  writeEntry(0, "Root Entry", 5, kFree, streams.empty() ? kFree : 1);
  for (std::size_t i = 0; i < streams.size(); ++i) {
    writeEntry(i + 1, streams[i], 2, i + 1 < streams.size() ? static_cast<std::uint32_t>(i + 2) : kFree, kFree);
  }
  for (std::size_t i = entryCount; i < dirSectors * 4; ++i) {  // unused entries
    putU32(dir, i * 128 + 0x44, kFree);
    putU32(dir, i * 128 + 0x48, kFree);
    putU32(dir, i * 128 + 0x4C, kFree);
  }
  file += dir;
  file.append(padding * 512, '\0');
  return file;
}

inline std::string docSample() { return compoundFileSample({"\x01" "CompObj", "1Table", "WordDocument"}); }
inline std::string xlsSample() { return compoundFileSample({"\x05" "SummaryInformation", "Workbook"}); }

// A ZIP archive of stored (uncompressed) entries with the given names and contents.
inline std::string zipSample(const std::vector<std::pair<std::string, std::string>>& entries) {
  using namespace detail;
  std::string out, central;
  for (const auto& [name, data] : entries) {
    const auto offset = static_cast<std::uint32_t>(out.size());
    const std::uint32_t crc = crc32(data), size = static_cast<std::uint32_t>(data.size());
    out += std::string("PK\x03\x04", 4);
    appendU16(out, 20); appendU16(out, 0); appendU16(out, 0);  // version, flags, stored
    appendU16(out, 0); appendU16(out, 0x21);                   // time, date (1980-01-01)
    appendU32(out, crc); appendU32(out, size); appendU32(out, size);
    appendU16(out, static_cast<std::uint32_t>(name.size())); appendU16(out, 0);
    out += name;
    out += data;
    central += std::string("PK\x01\x02", 4);
    appendU16(central, 20); appendU16(central, 20); appendU16(central, 0); appendU16(central, 0);
    appendU16(central, 0); appendU16(central, 0x21);
    appendU32(central, crc); appendU32(central, size); appendU32(central, size);
    appendU16(central, static_cast<std::uint32_t>(name.size()));
    appendU16(central, 0); appendU16(central, 0); appendU16(central, 0); appendU16(central, 0);
    appendU32(central, 0); appendU32(central, offset);
    central += name;
  }
  const auto centralOffset = static_cast<std::uint32_t>(out.size());
  out += central;
  out += std::string("PK\x05\x06", 4);
  appendU16(out, 0); appendU16(out, 0);
  appendU16(out, static_cast<std::uint32_t>(entries.size())); appendU16(out, static_cast<std::uint32_t>(entries.size()));
  appendU32(out, static_cast<std::uint32_t>(central.size())); appendU32(out, centralOffset);
  appendU16(out, 0);
  return out;
}

inline std::string docxSample() {
  return zipSample({{"[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>"},
                    {"_rels/.rels", "<?xml version=\"1.0\"?><Relationships/>"},
                    {"word/document.xml", "<?xml version=\"1.0\"?><w:document/>"}});
}
inline std::string xlsxSample() {
  return zipSample({{"[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>"},
                    {"_rels/.rels", "<?xml version=\"1.0\"?><Relationships/>"},
                    {"xl/workbook.xml", "<?xml version=\"1.0\"?><workbook/>"},
                    {"xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><worksheet/>"}});
}

}  // namespace qinqing::test
