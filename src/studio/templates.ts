/**
 * A starting file per archetype: small, complete (it loads and plays), commented for a trainer
 * who has never seen the format, and in both languages. The trainer replaces the words.
 */
import type { Archetype } from '../core/vocabulary.ts';

const HEADER = `# yaml-language-server: $schema=./scenario.schema.json
# A new scenario. Change the words, add beats and replies; the map and the problems list
# follow every edit. Each reply is tagged with the techniques it uses: the rules do the rest.
`;

const BODY: Record<Archetype, string> = {
  angry: `id: new-angry-customer
languages: [en, ar]
title: { en: "The angry customer", ar: "العميل الغاضب" }
summary: { en: "A customer is angry about a repair that was not done.", ar: "عميل غاضب لأن الإصلاح الموعود لم يتم." }
briefing: { en: "Omar left his phone for a repair promised for today. It is not ready.", ar: "ترك عمر هاتفه للإصلاح على أن يُسلَّم اليوم، ولم يجهز بعد." }
difficulty: easy
minutes: 3
goals: [P1, P2]
customer:
  name: { en: Omar, ar: عمر }
  archetype: angry
  gender: male
  look: { figure: man-suit, age: 38 }
beats:
  - id: opening
    hostility: 2
    line: { en: "You promised it for today!", ar: "وعدتموني أنه يجهز اليوم!" }
    options:
      - text: { en: "Omar, I can see this has ruined your day. Tell me what happened.", ar: "يا عمر، واضح أن هذا أفسد يومك. احكِ لي ما حصل." }
        techniques: [use-name, empathize, listen]
        next: story
      - text: { en: "Repairs take time.", ar: "الإصلاح يحتاج وقتًا." }
        techniques: [dismiss]
        next: manager
  - id: story
    hostility: 1
    line: { en: "I took the afternoon off to collect it!", ar: "أخذت إجازة بعد الظهر لأستلمه!" }
    options:
      - text: { en: "I'm sorry: you were told today and we didn't keep that.", ar: "أنا آسف، قيل لك اليوم ولم نلتزم بذلك.", ar-f: "أنا آسفة، قيل لك اليوم ولم نلتزم بذلك." }
        techniques: [apologize, acknowledge]
        next: fix
  - id: fix
    line: { en: "So when will it be ready?", ar: "طيب، متى يجهز؟" }
    options:
      - text: { en: "I've moved it to the front: it will be ready at five today.", ar: "قدّمت دوره، وسيجهز الساعة الخامسة اليوم." }
        techniques: [solve, set-expectation]
        sets: [solved]
        next: close
  - id: close
    line: { en: "Five. Don't make me come back twice.", ar: "الخامسة. لا تجعلني أرجع مرتين.", ar-f: "الخامسة. لا تجعليني أرجع مرتين." }
    options:
      - text: { en: "It will be there. Thank you for your patience, Omar.", ar: "سيكون جاهزًا. شكرًا لصبرك يا عمر." }
        techniques: [thank, use-name]
        next: thanks
endings:
  - id: thanks
    line: { en: "Five, then. Thank you.", ar: "الخامسة إذن. شكرًا." }
  - id: manager
    line: { en: "I want to speak to your manager.", ar: "أريد أن أكلم المدير." }
`,
  confused: `id: new-confused-customer
languages: [en, ar]
title: { en: "The confused customer", ar: "العميلة الحائرة" }
summary: { en: "A customer does not understand a charge on her bill.", ar: "عميلة لا تفهم رسمًا في فاتورتها." }
briefing: { en: "Huda sees a charge called 'roaming' but she has not travelled.", ar: "ترى هدى رسمًا باسم «التجوال» مع أنها لم تسافر." }
difficulty: easy
minutes: 3
goals: [P6, P7]
customer:
  name: { en: Huda, ar: هدى }
  archetype: confused
  gender: female
  look: { figure: woman-hijab, age: 52 }
beats:
  - id: opening
    line: { en: "What is this charge? I don't understand it.", ar: "ما هذا الرسم؟ لا أفهمه." }
    options:
      - text: { en: "Let's look at it together. Where did you see it?", ar: "لنراجعه معًا. أين رأيتِه؟" }
        techniques: [ask, listen]
        next: explain
      - text: { en: "It's the inter-network roaming surcharge.", ar: "هذه رسوم التجوال البيني بين الشبكات." }
        techniques: [jargon]
        next: explain
  - id: explain
    line: { en: "Here, on the second page.", ar: "هنا، في الصفحة الثانية." }
    options:
      - text: { en: "Were you near the border on the fifth? Your phone may have joined a network there.", ar: "هل كنتِ قرب الحدود يوم الخامس؟ ربما اتصل هاتفك بشبكة هناك." }
        techniques: [ask, explain]
        next: border
  - id: border
    line: { en: "Yes, I visited my sister. But I made no calls.", ar: "نعم، زرت أختي، لكني لم أتصل بأحد." }
    options:
      - text: { en: "So the phone used data over there without you knowing. I've removed the charge and turned roaming off.", ar: "إذن استخدم الهاتف البيانات هناك دون أن تعلمي. ألغيت الرسم وأوقفت التجوال." }
        techniques: [paraphrase, explain, solve]
        sets: [solved]
        next: thanks
  - id: thanks
    line: { en: "So I pay nothing for it?", ar: "يعني لن أدفع شيئًا؟" }
    options:
      - text: { en: "Nothing. Thank you for asking, Huda.", ar: "لا شيء. شكرًا لسؤالك يا هدى." }
        techniques: [thank, use-name]
        next: clear
endings:
  - id: clear
    line: { en: "Now I understand. Thank you.", ar: "الآن فهمت. شكرًا لك." }
`,
  mistaken: `id: new-mistaken-customer
languages: [en, ar]
title: { en: "The mistaken customer", ar: "العميل المخطئ" }
summary: { en: "A customer is sure a warranty covers what it does not.", ar: "عميل واثق أن الضمان يشمل ما لا يشمله." }
briefing: { en: "Sami's blender broke after a fall. The warranty covers faults, not falls.", ar: "انكسر خلاط سامي بعد أن سقط، والضمان يغطي العيوب لا السقوط." }
difficulty: easy
minutes: 3
goals: [P9, P10]
customer:
  name: { en: Sami, ar: سامي }
  archetype: mistaken
  gender: male
  look: { figure: young-man-casual, age: 27 }
beats:
  - id: opening
    line: { en: "It's under warranty, so replace it.", ar: "عليه ضمان، فاستبدلوه." }
    options:
      - text: { en: "I can see why you'd expect that. Let me show you what the warranty covers.", ar: "أفهم لماذا توقعت ذلك، دعني أريك ما يغطيه الضمان." }
        techniques: [validate-feeling, explain]
        next: offer
      - text: { en: "You dropped it. That's your problem.", ar: "أنت أسقطته، وهذه مشكلتك." }
        techniques: [blame]
        next: offer
  - id: offer
    line: { en: "So what can you do?", ar: "طيب، ماذا تستطيع أن تفعل؟" }
    options:
      - text: { en: "The warranty covers faults in the motor, not damage from a fall. But I can offer something.", ar: "الضمان يغطي أعطال المحرك، لا أضرار السقوط. لكن عندي ما أعرضه عليك." }
        techniques: [explain, product-knowledge, positive-language]
        next: deal
  - id: deal
    line: { en: "Go on.", ar: "تفضل.", ar-f: "تفضلي." }
    options:
      - text: { en: "We can repair it at half price, ready on Sunday. Thank you for understanding, Sami.", ar: "نستطيع إصلاحه بنصف السعر، ويجهز يوم الأحد. شكرًا لتفهمك يا سامي." }
        techniques: [compromise, set-expectation, thank, use-name]
        sets: [solved]
        next: agreed
endings:
  - id: agreed
    line: { en: "Fine, half price it is.", ar: "حسنًا، بنصف السعر إذن." }
`,
};

/** The text of a new scenario for this kind of customer. */
export function templateFor(archetype: Archetype): { name: string; text: string } {
  return { name: `new-${archetype}-customer.yaml`, text: HEADER + BODY[archetype] };
}
