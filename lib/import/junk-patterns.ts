// Lines web pages add around a report. Each pattern is matched against one whole, normalised line.

export const breadcrumb = /^(?:当前位置|當前位置|您的位置|您现在的位置|You are here|Вы здесь|Vous êtes ici|Sie sind hier|Usted está en|أنت هنا)\s*[:：]?|^(?:Home|首页|首頁|Главная|Accueil|Startseite|Inicio|الرئيسية)\s*[>›»/]/iu;

export const shareWidget =
  /^(?:[×✕✖]|Share(?: on| to| this)?\b.*|分享到.*|Use (?:wechat|WeChat).*|扫一扫.*|掃一掃.*|微信扫一扫.*|Print(?: this page)?|Tweet|Facebook|Twitter|WeChat|Weibo|LinkedIn|Поделиться.*|Partager.*|Teilen.*|Compartir.*|شارك.*)$/iu;

export const cookieBanner = /\bcookies?\b|Cookie-|файлы cookie|使用\s*cookie|ملفات تعريف الارتباط/iu;

export const copyright =
  /^(?:©|\(c\)\s|Copyright\b|版权所有|版權所有|Все права защищены|Tous droits réservés|Alle Rechte vorbehalten|Todos los derechos reservados|جميع الحقوق محفوظة)|©/iu;

// Refusals and apologies of a machine translator or chatbot pasted along with the text.
export const machineApology =
  /\b(?:I'?m sorry|I am sorry|As an AI\b|I cannot (?:help|assist)|I can'?t (?:help|assist)|It seems (?:like )?you(?:'ve| have) provided)|Es scheint, dass Sie|Leider kann ich Ihnen|Je suis désolé|Il semble que vous (?:ayez|avez) fourni|Lo siento|Parece que (?:has|ha) proporcionado|Извините, (?:но )?я не могу|К сожалению, я не могу|Похоже, вы предоставили|很抱歉|抱歉，我无法|作为(?:一个)?AI|عذر(?:ًا|اً)،? لا أستطيع|يبدو أنك قدمت/iu;

// Words that never belong in a forum report and mark a line as link spam.
export const spamWords = /无码|精品|在线观看|视频在线|播放网址|超碰|成人视频|博彩|色情|casino|viagra|porn|xxx|betting|bitcoin doubler/iu;

export const photoCaption =
  /^(?:A (?:group )?photo\b|Photos?(?: taken| by|:)|Photo of\b|图为|圖為|(?:新华社|记者).{0,12}摄|Фото\b|На (?:месте проведения|снимке)|Photo (?:de groupe|prise)|Foto(?:s)?\b|Gruppenfoto|صورة)/iu;

export const linkOnly = /^(?:https?:\/\/|www\.)\S+$/iu;

// A line made only of punctuation or dashes ("-", "***", "|").
export const separator = /^[\p{P}\p{S}\s]+$/u;
