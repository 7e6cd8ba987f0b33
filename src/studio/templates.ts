/**
 * A starting file per archetype: small, complete (it loads and plays), in both languages, with a
 * header comment in the trainer's language. Each one already holds the library's bar — no check
 * warning, and no bot that picks the first, last, longest or shortest reply ends satisfied — so a
 * trainer who keeps its structure and changes the words inherits a scenario that must be read.
 */
import type { Archetype } from '../core/vocabulary.ts';
import type { Language } from '../core/schema.ts';
import { studioTranslator } from './i18n.ts';

const BODY: Record<Archetype, string> = {
  angry: `id: new-angry-customer
languages: [en, ar]
title: { en: "The phone that was not ready", ar: "الجوال اللي ما جهز" }
summary: { en: "A customer is angry that a repair promised for today is not done.", ar: "عميل غاضب لأن إصلاحًا وُعد به اليوم لم يُنجز." }
briefing: { en: "Omar left his phone for a repair promised for today. It is not ready.", ar: "ترك عمر جواله للإصلاح على أن يستلمه اليوم، ولم يجهز بعد." }
difficulty: easy
minutes: 3
region: gulf
goals: [P1, P2, P4, P13]
customer:
  name: { en: Omar, ar: عمر }
  archetype: angry
  gender: male
  look: { figure: man-thobe, age: 38 }
beats:
  - id: opening
    hostility: 2
    line: { en: "You promised my phone for today!", ar: "وعدتوني الجوال يكون جاهز اليوم!" }
    options:
      - text: { en: "Repairs like this often run past the estimate; it happens all the time.", ar: "هالنوع من التصليح دايم ياخذ وقت أكثر من المتوقع، وهذا شي يصير كثير." }
        techniques: [dismiss]
        next: manager
      - text: { en: "Mr Omar, I can see this has wrecked your plans. What happened?", ar: "أستاذ عمر، واضح إن هذا خرّب عليك يومك. وش اللي صار؟" }
        techniques: [use-name, empathize, listen]
        next: story
      - text: { en: "Thank you for your patience. Your repair is important to us.", ar: "نشكرك على صبرك، ونحيطك علمًا أن جهازك يهمنا." }
        techniques: [scripted]
        next: story
  - id: story
    hostility: 1
    line: { en: "I took the afternoon off to collect it!", ar: "أخذت إجازة العصر عشان أستلمه!" }
    options:
      - text: { en: "That's on us: you were told today, and we didn't keep our word.", ar: "حقك علينا، قلنا لك اليوم وما وفينا بكلامنا." }
        techniques: [apologize, acknowledge]
        next: fix
      - text: { en: "The form you signed says the date was only an estimate.", ar: "الورقة اللي وقّعتها مكتوب فيها إن الموعد تقريبي." }
        techniques: [argue]
        next: manager
  - id: fix
    line: { en: "So when will it be ready?", ar: "طيب، متى يجهز؟" }
    options:
      - text: { en: "Give me ten minutes and it's yours, I promise you that.", ar: "عطني عشر دقايق بس ويكون بين يدينك، أوعدك بهذا." }
        techniques: [overpromise]
        next: close
      - text: { en: "I've put it first in line: it will be ready at five.", ar: "قدّمت دوره، وبيكون جاهز الساعة خمس اليوم." }
        techniques: [solve, set-expectation]
        sets: [solved]
        next: close
  - id: close
    line: { en: "Five. I don't want to come back twice.", ar: "الساعة خمس. ما أبغى أرجع مرتين." }
    options:
      - text: { en: "Right. Next customer, please, there's a queue.", ar: "تمام. اللي بعده لو سمحت، الطابور طويل." }
        techniques: [rush]
        next: thanks
      - text: { en: "It will be ready, Mr Omar. Thank you for bearing with us.", ar: "بيكون جاهز يا أستاذ عمر، ومشكور على صبرك علينا." }
        techniques: [use-name, thank]
        next: thanks
      - text: { en: "That's up to the technicians really, so I can't say for sure.", ar: "والله هذا يرجع للفنيين، فما أقدر أأكد لك شي." }
        techniques: [vague]
        next: thanks
endings:
  - id: thanks
    line: { en: "Five, then. Thank you.", ar: "خلاص، الساعة خمس. مشكور.", ar-f: "خلاص، الساعة خمس. مشكورة." }
    variants:
      - when: { outcome: [grudging, business-lost] }
        line: { en: "We'll see. Five.", ar: "نشوف. الساعة خمس." }
  - id: manager
    line: { en: "I want to speak to your manager.", ar: "أبغى أكلم المدير." }
`,
  confused: `id: new-confused-customer
languages: [en, ar]
title: { en: "The roaming charge", ar: "رسم التجوال" }
summary: { en: "A customer does not understand a charge on her phone bill.", ar: "عميلة لا تفهم رسمًا في فاتورة هاتفها." }
briefing: { en: "Huda sees a charge called 'roaming' but she has not travelled.", ar: "ترى هدى رسمًا باسم «التجوال» مع أنها لم تسافر." }
difficulty: easy
minutes: 3
region: levant
goals: [P6, P10, P11]
customer:
  name: { en: Huda, ar: هدى }
  archetype: confused
  gender: female
  look: { figure: woman-hijab, age: 52, setting: phone }
beats:
  - id: opening
    line: { en: "What is this charge? I don't understand it at all.", ar: "شو هالرسم؟ أنا مش فاهمة عليه أبدًا." }
    options:
      - text: { en: "It's the inter-network roaming surcharge under clause nine of your tariff.", ar: "هاد رسم التجوال البيني بين الشبكات حسب البند التاسع من التعرفة." }
        techniques: [jargon]
        next: later
      - text: { en: "It's roaming. Anything else I can help with?", ar: "هاد تجوال. في شي تاني بقدر أساعدك فيه؟" }
        techniques: [rush]
        next: later
      - text: { en: "Let's look at it together. Where on the bill do you see it?", ar: "خلّينا نشوفه سوا، وين شفتيه بالفاتورة؟" }
        techniques: [ask, listen]
        next: page
  - id: page
    line: { en: "Here, on the second page.", ar: "هون، بالصفحة التانية." }
    options:
      - text: { en: "Were you near the border on the fifth? Your phone may have joined a network there.", ar: "كنتِ قريبة من الحدود يوم خمسة؟ يمكن تلفونك التقط شبكة من هناك." }
        techniques: [ask, explain]
        next: border
      - text: { en: "These things happen with phones sometimes, madam, and the system is usually right about them.", ar: "هالشغلات بتصير مع التلفونات أحيانًا يا مدام، والنظام عادةً بيكون حاسبها صح." }
        techniques: [vague]
        next: later
  - id: border
    line: { en: "Yes, I visited my sister. But I made no calls.", ar: "إيه، زرت أختي، بس ما حكيت مع حدا." }
    options:
      - text: { en: "Your handset auto-registered on a foreign PLMN and opened a roaming packet data session.", ar: "جهازك سجّل تلقائيًا على شبكة PLMN أجنبية وفتح جلسة بيانات بالحزم عبر التجوال." }
        techniques: [jargon]
        next: thanks
      - text: { en: "So the phone used data there without you knowing. I've removed the charge.", ar: "يعني التلفون استعمل إنترنت هناك من غير ما تنتبهي. شلت الرسم عنك." }
        techniques: [paraphrase, explain, solve]
        sets: [solved]
        next: thanks
  - id: thanks
    line: { en: "So I pay nothing for it?", ar: "يعني ما بدفع عليه شي؟" }
    options:
      - text: { en: "Correct. It's all in the terms you accepted.", ar: "صح. كل هاد موجود بالشروط اللي وافقتِ عليها." }
        techniques: [jargon]
        next: clear
      - text: { en: "Nothing. And I've turned roaming off. Thank you for asking, Mrs Huda.", ar: "ولا شي، وسكّرت التجوال كمان. يعطيكِ العافية يا مدام هدى." }
        techniques: [set-expectation, thank, use-name]
        next: clear
      - text: { en: "Nothing. While you're here, shall I add our travel bundle?", ar: "ولا شي. وبالمناسبة، بتحبي أضيفلك باقة السفر تبعتنا؟" }
        techniques: [upsell]
        next: clear
endings:
  - id: clear
    line: { en: "Now I understand. Thank you.", ar: "هلّق فهمت. يعطيك العافية.", ar-f: "هلّق فهمت. يعطيكِ العافية." }
    variants:
      - when: { outcome: [grudging, escalated] }
        line: { en: "I'm still not sure I follow.", ar: "لسّا مش متأكدة إني فهمت." }
  - id: later
    line: { en: "I'll come back with my son. He understands these things.", ar: "برجع مع ابني، هو بيفهم بهالأمور." }
`,
  mistaken: `id: new-mistaken-customer
languages: [en, ar]
title: { en: "The warranty that covers everything", ar: "الضمان اللي بيغطي كل حاجة" }
summary: { en: "A customer is sure a warranty covers what it does not.", ar: "عميل واثق أن الضمان يشمل ما لا يشمله." }
briefing: { en: "Sameh's blender broke after a fall. The warranty covers faults, not falls.", ar: "انكسر خلاط سامح بعد أن سقط، والضمان يغطي العيوب لا السقوط." }
difficulty: easy
minutes: 3
region: egypt
goals: [P9, P7, P13]
customer:
  name: { en: Sameh, ar: سامح }
  archetype: mistaken
  gender: male
  look: { figure: young-man-casual, age: 27, setting: shop-floor }
beats:
  - id: opening
    line: { en: "It's under warranty, so replace it.", ar: "عليه ضمان، يبقى تغيّروهولي." }
    options:
      - text: { en: "The marks show you dropped it, so honestly that's on you, not us.", ar: "الآثار بتقول إنك وقّعته، فبصراحة دي غلطتك إنت مش غلطتنا." }
        techniques: [blame]
        next: angry
      - text: { en: "I see why you'd expect that. Let me show you what it covers.", ar: "فاهم حضرتك متوقع كده ليه، خليني أوريك الضمان بيغطي إيه.", ar-f: "فاهمة حضرتك متوقع كده ليه، خليني أوريك الضمان بيغطي إيه." }
        techniques: [validate-feeling, explain]
        next: offer
  - id: offer
    line: { en: "So what can you do for me?", ar: "طب هتعملولي إيه؟" }
    options:
      - text: { en: "Fine, no need to argue about it: I'll swap it for a brand-new one right now.", ar: "خلاص يا أستاذ سامح، مش هنختلف، هغيّرهولك بواحد جديد خالص دلوقتي حالًا." }
        techniques: [cave]
        next: agreed
      - text: { en: "It covers motor faults, not falls. But I have something to offer.", ar: "الضمان بيغطي أعطال الموتور مش الوقعة، بس عندي حاجة أعرضها عليك." }
        techniques: [explain, product-knowledge, positive-language]
        next: deal
      - text: { en: "Rules are rules. There's nothing I can do, sorry.", ar: "دي القواعد. مفيش حاجة أقدر أعملها، معلش." }
        techniques: [negative-language]
        next: angry
  - id: deal
    line: { en: "Go on.", ar: "قول.", ar-f: "قولي." }
    options:
      - text: { en: "We repair it at half price, ready on Sunday. Thanks for hearing me out.", ar: "نصلّحه بنص التمن ويبقى جاهز يوم الحد. متشكر إنك سمعتني.", ar-f: "نصلّحه بنص التمن ويبقى جاهز يوم الحد. متشكرة إنك سمعتني." }
        techniques: [compromise, set-expectation, thank]
        sets: [solved]
        next: agreed
      - text: { en: "A new one is on special offer this week, if you want it.", ar: "فيه واحد جديد عليه عرض الأسبوع ده، لو حابب." }
        techniques: [upsell]
        next: angry
endings:
  - id: agreed
    line: { en: "Fine, that works for me.", ar: "ماشي، كده تمام." }
    variants:
      - when: { outcome: [grudging] }
        line: { en: "Fine. If I must.", ar: "ماشي، هعمل إيه يعني." }
  - id: angry
    line: { en: "I'm never buying from you again.", ar: "مش هشتري منكم تاني أبدًا." }
`,
};

/** The text of a new scenario for this kind of customer, its header comment in the trainer's language. */
export function templateFor(archetype: Archetype, lang: Language = 'en'): { name: string; text: string } {
  const t = studioTranslator(lang);
  const header = ['# yaml-language-server: $schema=./scenario.schema.json', ...t('studio:template.header').split('\n').map((line) => `# ${line}`)].join('\n');
  return { name: `new-${archetype}-customer.yaml`, text: `${header}\n${BODY[archetype]}` };
}
